/** Maps the `groups` claim of an enterprise IdP to Ferry's account-wide roles. */
export function rolesFromGroups(
  groupsClaim: unknown,
  mapping: { accountAdmin: string[]; connectorAdmin: string[] },
): { isAccountAdmin: boolean; isConnectorAdmin: boolean } {
  const groups = new Set(Array.isArray(groupsClaim) ? groupsClaim.filter((group) => typeof group === "string") : []);
  return {
    isAccountAdmin: mapping.accountAdmin.some((group) => groups.has(group)),
    isConnectorAdmin: mapping.connectorAdmin.some((group) => groups.has(group)),
  };
}
