/** Auth.js provider ids of integrations: `integration-<uuid>`. Dependency-free so jobs can use it. */
const PROVIDER_PREFIX = "integration-";

export const providerIdFor = (integrationId: string) => `${PROVIDER_PREFIX}${integrationId}`;

export const integrationIdFromProvider = (providerId: string | undefined) =>
  providerId?.startsWith(PROVIDER_PREFIX) ? providerId.slice(PROVIDER_PREFIX.length) : null;
