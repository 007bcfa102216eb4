import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { DivisionSwitcher } from "@/components/shell/division-switcher";
import { folderLabels } from "@/components/insights/folder-labels";
import { ReportingNotice } from "@/components/insights/reporting-notice";
import { ReportTargetsPanel } from "@/components/reports/report-targets-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { listMyDivisions } from "@/lib/admin/divisions";
import { isDivisionAdmin } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listFolderTree } from "@/lib/files/folders";
import { INSIGHT_FIELDS } from "@/lib/insights/catalogue";
import { listIntegrationTargets } from "@/lib/reports/integration-targets";
import { listReportTargets } from "@/lib/reports/report-targets";
import { parseSearch, reportTargetsSearchSchema, type PageSearchParams } from "@/lib/validation/pages";

export const metadata = { title: "Report targets" };

export default async function ReportTargetsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const actor = await requireActor();
  const search = parseSearch(reportTargetsSearchSchema, await searchParams);
  const divisions = await listMyDivisions(actor);
  const division = divisions.find((candidate) => candidate.id === search.division) ?? divisions[0];
  if (!division) {
    return <PageHeader title="Report targets" description="You are not a member of any division yet." />;
  }
  const [reportTargets, integrationTargets, tree] = await Promise.all([
    listReportTargets(actor, division.id),
    listIntegrationTargets(actor, division.id),
    listFolderTree(actor, division.id),
  ]);
  const admin = isDivisionAdmin(actor, division.id);
  return (
    <>
      <PageHeader
        title="Report targets"
        description={`Push the insights of ${division.name} into HighQ iSheets: one row per document, updated in place on every run.`}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/insights?division=${division.id}`}>
                <ArrowLeft /> Insights
              </Link>
            </Button>
            <DivisionSwitcher divisions={divisions} current={division.id} />
          </>
        }
      />
      <div className="grid max-w-5xl gap-4 p-6">
        {(reportTargets.length === 0 || integrationTargets.length === 0) && (
          <ReportingNotice divisionId={division.id} canAdminister={admin} hasTarget={integrationTargets.length > 0} />
        )}
        <ReportTargetsPanel
          divisionId={division.id}
          canAdminister={admin}
          reportTargets={reportTargets}
          integrationTargets={integrationTargets.map(({ id, name, sheetName }) => ({ id, name, sheetName }))}
          folders={folderLabels(tree)}
          fieldLabels={Object.fromEntries(INSIGHT_FIELDS.map((field) => [field.key, field.label]))}
        />
      </div>
    </>
  );
}
