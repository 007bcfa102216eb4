import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunPoller } from "@/components/reports/run-poller";
import { RunStatusBadge, RunSummary } from "@/components/reports/run-summary";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getReportRun, getReportTargetOrThrow, listReportRuns } from "@/lib/reports/report-targets";
import { parseParams, parseSearch, reportHistorySearchSchema, reportTargetParamsSchema, type PageParams, type PageSearchParams } from "@/lib/validation/pages";

export const metadata = { title: "Report history" };

export default async function ReportHistoryPage({ params, searchParams }: { params: PageParams; searchParams: PageSearchParams }) {
  const actor = await requireActor();
  const { reportTargetId } = parseParams(reportTargetParamsSchema, await params);
  const { run: chosenRunId } = parseSearch(reportHistorySearchSchema, await searchParams);
  const missing = (error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  };
  const [target, runs, chosen] = await Promise.all([
    getReportTargetOrThrow(actor, reportTargetId).catch(missing),
    listReportRuns(actor, reportTargetId, { limit: 50 }).catch(missing),
    chosenRunId ? getReportRun(actor, chosenRunId).catch(missing) : null,
  ]);
  // Without a choice, the latest run with failures is shown.
  const selected = chosenRunId ?? runs.find((run) => run.failed > 0 || run.error)?.id;
  const detail = chosen ?? (selected ? await getReportRun(actor, selected).catch(missing) : null);
  const active = runs.some((run) => run.status === "queued" || run.status === "running");
  return (
    <>
      <RunPoller active={active} />
      <PageHeader
        title={`${target.name}: run history`}
        description="Every run with its counts; choose a run to see the rows that failed and why."
        actions={
          <Button asChild variant="outline">
            <Link href={`/insights/reports?division=${target.divisionId}`}>
              <ArrowLeft /> Report targets
            </Link>
          </Button>
        }
      />
      <div className="grid max-w-5xl gap-6 p-6">
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Started</TableHead>
                <TableHead>How</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Created</TableHead>
                <TableHead className="text-right">Updated</TableHead>
                <TableHead className="text-right">Unchanged</TableHead>
                <TableHead className="text-right">Failed</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {runs.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7} className="text-muted-foreground py-8 text-center">
                    This report has not run yet.
                  </TableCell>
                </TableRow>
              )}
              {runs.map((run) => (
                <TableRow key={run.id} data-state={run.id === selected ? "selected" : undefined}>
                  <TableCell>
                    <Link href={`?run=${run.id}`} className="hover:underline">
                      {formatDateTime(run.createdAt)}
                    </Link>
                  </TableCell>
                  <TableCell>{run.trigger === "schedule" ? "Scheduled" : "Manual"}</TableCell>
                  <TableCell>
                    <RunStatusBadge status={run.status} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{run.created}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.updated}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.unchanged}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.failed}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {detail && (
          <section className="grid gap-3" aria-label="Selected run">
            <h2 className="font-medium">Run of {formatDateTime(detail.run.createdAt)}</h2>
            <RunSummary run={detail.run} />
            {detail.errors.length > 0 && (
              <div className="rounded-lg border">
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Document</TableHead>
                      <TableHead>Why the row failed</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {detail.errors.map((error, index) => (
                      <TableRow key={`${error.documentId}-${index}`}>
                        <TableCell>{error.documentId ? <Link href={`/insights/documents/${error.documentId}`} className="hover:underline">{error.documentName}</Link> : error.documentName}</TableCell>
                        <TableCell className="whitespace-normal">{error.message}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
        )}
      </div>
    </>
  );
}
