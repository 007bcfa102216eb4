import Link from "next/link";
import { notFound } from "next/navigation";
import { IntegrationTargetsPanel } from "@/components/reports/integration-targets-panel";
import { PageHeader } from "@/components/shell/page-header";
import { getDivision } from "@/lib/admin/divisions";
import { isDivisionAdmin } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listHighqIntegrationsForTargets, listIntegrationTargets } from "@/lib/reports/integration-targets";
import { divisionParamsSchema, parseParams, type PageParams } from "@/lib/validation/pages";

export const metadata = { title: "Integration Targets" };

export default async function IntegrationTargetsPage({ params }: { params: PageParams }) {
  const actor = await requireActor();
  const { divisionId } = parseParams(divisionParamsSchema, await params);
  if (!isDivisionAdmin(actor, divisionId)) notFound();
  const [division, targets, integrations] = await Promise.all([
    getDivision(actor, divisionId).catch((error) => {
      if (error instanceof AppError) notFound();
      throw error;
    }),
    listIntegrationTargets(actor, divisionId),
    listHighqIntegrationsForTargets(actor),
  ]);
  return (
    <>
      <PageHeader
        title="Integration Targets"
        description={
          <>
            HighQ iSheets that {division.name} reports document insights into.{" "}
            <Link href={`/insights/reports?division=${division.id}`} className="underline">
              Report targets
            </Link>{" "}
            choose which fields go to which column.
          </>
        }
      />
      <div className="max-w-4xl p-6">
        <IntegrationTargetsPanel divisionId={division.id} targets={targets} integrations={integrations} />
      </div>
    </>
  );
}
