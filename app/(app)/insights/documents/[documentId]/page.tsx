import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldList } from "@/components/insights/field-list";
import { RerunExtractionButton } from "@/components/insights/rerun-button";
import { InsightStatusBadge } from "@/components/insights/status-badge";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { isDivisionAdmin } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getDocumentInsights } from "@/lib/insights/store/queries";
import { documentParamsSchema, parseParams, type PageParams } from "@/lib/validation/pages";

export const metadata = { title: "Document insights" };

export default async function DocumentInsightsPage({ params }: { params: PageParams }) {
  const actor = await requireActor();
  const { documentId } = parseParams(documentParamsSchema, await params);
  const view = await getDocumentInsights(actor, documentId).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const { document } = view;
  const problem = view.status !== "ok" && view.status !== "pending" && view.status !== "running";
  return (
    <>
      <PageHeader
        title={document.name}
        description={
          <span className="flex items-center gap-2">
            <InsightStatusBadge status={view.status} reason={view.reason} />
            {view.finishedAt ? `Version ${document.versionCount}, read ${formatDateTime(view.finishedAt)}${view.extractor ? ` by the ${view.extractor} extractor` : ""}` : "Extraction has not finished yet."}
          </span>
        }
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/insights?division=${document.divisionId}`}>Back to Insights</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/files/documents/${document.id}`}>Open in Files</Link>
            </Button>
            {isDivisionAdmin(actor, document.divisionId) && <RerunExtractionButton divisionId={document.divisionId} documentId={document.id} label="Extract again" />}
          </>
        }
      />
      <div className="grid max-w-4xl gap-4 p-6">
        {problem && (
          <Alert variant="destructive">
            <TriangleAlert />
            <AlertTitle>The text of this document could not be read</AlertTitle>
            <AlertDescription>{view.reason}</AlertDescription>
          </Alert>
        )}
        {view.truncated && (
          <Alert>
            <TriangleAlert />
            <AlertTitle>Only part of this document was read</AlertTitle>
            <AlertDescription>It is larger than the extraction limits; fields come from the part that was read.</AlertDescription>
          </Alert>
        )}
        <FieldList fields={view.fields} facts={view.facts} />
      </div>
    </>
  );
}
