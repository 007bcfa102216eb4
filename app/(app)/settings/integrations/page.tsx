import { IntegrationCard } from "@/components/integrations/integration-card";
import { IntegrationFormDialog } from "@/components/integrations/integration-form-dialog";
import { ProblemAlert } from "@/components/integrations/problem-alert";
import { RedirectUrlCard } from "@/components/integrations/redirect-url-card";
import { PageHeader } from "@/components/shell/page-header";
import { canManageIntegrations } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listMyAuthorisationProblems } from "@/lib/integrations/authorisation-problems";
import { describeProblem } from "@/lib/integrations/flow-errors";
import { listIntegrations } from "@/lib/integrations/integrations";
import { redirectUrl } from "@/lib/integrations/oauth-flow";
import { integrationsSearchSchema, parseSearch, type PageSearchParams } from "@/lib/validation/pages";

export const metadata = { title: "Integrations" };

export default async function IntegrationsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const actor = await requireActor();
  const search = parseSearch(integrationsSearchSchema, await searchParams);
  const [integrations, stored] = await Promise.all([listIntegrations(actor), listMyAuthorisationProblems(actor)]);
  const manager = canManageIntegrations(actor);
  const callbackUrl = redirectUrl();
  const failed = search.error ? integrations.find((integration) => integration.id === search.integration) : undefined;
  // A failure the callback reported is shown on its integration's card; one for no known integration on top.
  const problem = search.error && !failed ? describeProblem(search.error, undefined, callbackUrl) : null;
  const problemOf = (integration: (typeof integrations)[number]) => {
    if (search.error && integration.id === failed?.id) return describeProblem(search.error, integration.provider, callbackUrl);
    const kept = stored.get(integration.id);
    return kept ? { ...describeProblem(kept.code, integration.provider, callbackUrl), occurredAt: kept.occurredAt } : null;
  };
  const authorised = integrations.find((integration) => integration.id === search.authorised);
  return (
    <>
      <PageHeader
        title="Integrations"
        description="HighQ and Intralinks apps Ferry syncs from. Each person authorises an integration with their own remote account."
        actions={manager ? <IntegrationFormDialog mode="create" intralinksDefaultHost={env().INTRALINKS_DEFAULT_HOST} /> : null}
      />
      <div className="grid max-w-5xl gap-6 p-6">
        {problem && <ProblemAlert problem={problem} />}
        {authorised && (
          <p role="status" className="bg-success/10 text-foreground rounded-md border border-success/30 px-4 py-3 text-sm">
            {authorised.name} is authorised as {authorised.mine.remoteName ?? authorised.mine.remoteEmail}.
          </p>
        )}
        {manager && <RedirectUrlCard url={callbackUrl} />}
        {integrations.length === 0 ? (
          <div className="text-muted-foreground rounded-lg border border-dashed p-10 text-center text-sm">
            {manager
              ? "No integrations yet. Create one for your HighQ instance or Intralinks API keys."
              : "No integrations yet. An account or connector administrator creates them."}
          </div>
        ) : (
          integrations.map((integration) => (
            <IntegrationCard
              key={integration.id}
              integration={integration}
              highlighted={integration.id === search.authorise}
              returnTo={integration.id === search.authorise ? search.returnTo : undefined}
              intralinksDefaultHost={env().INTRALINKS_DEFAULT_HOST}
              problem={problemOf(integration)}
            />
          ))
        )}
      </div>
    </>
  );
}
