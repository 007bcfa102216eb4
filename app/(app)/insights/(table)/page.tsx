import { FileSearch, Sheet } from "lucide-react";
import Link from "next/link";
import { DivisionSwitcher } from "@/components/shell/division-switcher";
import { folderLabels } from "@/components/insights/folder-labels";
import { InsightsTable } from "@/components/insights/insights-table";
import { ReportingNotice } from "@/components/insights/reporting-notice";
import { RerunExtractionButton } from "@/components/insights/rerun-button";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { listMyDivisions } from "@/lib/admin/divisions";
import { isDivisionAdmin } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listFolderTree } from "@/lib/files/folders";
import { insightSummary, listInsights } from "@/lib/insights/store/queries";
import { listIntegrationTargets } from "@/lib/reports/integration-targets";
import { listReportTargets } from "@/lib/reports/report-targets";
import { listInsightsSchema } from "@/lib/validation/reports";
import { insightsSearchSchema, parseSearch, type PageSearchParams } from "@/lib/validation/pages";

export const metadata = { title: "Insights" };

export default async function InsightsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const actor = await requireActor();
  const search = parseSearch(insightsSearchSchema, await searchParams);
  const divisions = await listMyDivisions(actor);
  if (divisions.length === 0) {
    return (
      <>
        <PageHeader title="Insights" />
        <div className="text-muted-foreground grid place-items-center gap-3 p-16 text-center">
          <FileSearch className="size-10" />
          <p>You are not a member of any division yet. Ask an account administrator to add you to one.</p>
        </div>
      </>
    );
  }
  const division = divisions.find((candidate) => candidate.id === search.division) ?? divisions[0];
  const tree = await listFolderTree(actor, division.id);
  const folder = tree.find((node) => node.id === search.folder) ?? null;
  const input = listInsightsSchema.parse({ divisionId: division.id, folderId: folder?.id, status: search.status, sort: search.sort, page: search.page, search: search.q });
  const [listing, summary, targets, reports] = await Promise.all([
    listInsights(actor, input),
    insightSummary(actor, division.id),
    listIntegrationTargets(actor, division.id),
    listReportTargets(actor, division.id),
  ]);
  const admin = isDivisionAdmin(actor, division.id);

  return (
    <>
      <PageHeader
        title="Insights"
        description={`Fields found in every document of ${division.name}: ${summary.ok} extracted, ${summary.waiting} waiting, ${summary.problems} could not be read.`}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/insights/reports?division=${division.id}`}>
                <Sheet /> Report targets
              </Link>
            </Button>
            {admin && summary.problems > 0 && <RerunExtractionButton divisionId={division.id} onlyProblems label="Retry unreadable documents" />}
            <DivisionSwitcher divisions={divisions} current={division.id} />
          </>
        }
      />
      <div className="grid gap-4 p-6">
        {reports.length === 0 && <ReportingNotice divisionId={division.id} canAdminister={admin} hasTarget={targets.length > 0} />}
        <InsightsTable
          listing={listing}
          folders={folderLabels(tree)}
          filters={{ q: search.q ?? "", folder: folder?.id ?? null, status: input.status }}
        />
      </div>
    </>
  );
}
