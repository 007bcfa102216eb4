import { ArrowLeft, Download } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getDocumentDetails } from "@/lib/files/documents";
import { formatBytes, formatDateTime } from "@/lib/format";
import { documentParamsSchema, parseParams, type PageParams } from "@/lib/validation/pages";

export const metadata = { title: "Document" };

export default async function DocumentPage({ params }: { params: PageParams }) {
  const actor = await requireActor();
  const { documentId } = parseParams(documentParamsSchema, await params);
  const details = await getDocumentDetails(actor, documentId).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const { document, versions } = details;
  return (
    <>
      <PageHeader
        title={document.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="outline">{document.source === "upload" ? "Uploaded" : document.source === "highq" ? "HighQ" : "Intralinks"}</Badge>
            {document.remotePath && <span>{document.remotePath}</span>}
            {document.removedAtSourceAt && <Badge variant="warning">Removed at source on {formatDateTime(document.removedAtSourceAt)}</Badge>}
          </span>
        }
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/files?division=${document.divisionId}&folder=${document.folderId}`}>
                <ArrowLeft /> Back to folder
              </Link>
            </Button>
            <Button asChild>
              <a href={`/api/documents/${document.id}/download`} download>
                <Download /> Download
              </a>
            </Button>
          </>
        }
      />
      <section className="grid gap-3 p-6">
        <h2 className="text-sm font-medium">Versions</h2>
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Version</TableHead>
                <TableHead className="text-right">Size</TableHead>
                <TableHead>SHA-256</TableHead>
                <TableHead>Added</TableHead>
                <TableHead>By</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((version) => (
                <TableRow key={version.id}>
                  <TableCell>v{version.versionNumber}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatBytes(version.size)}</TableCell>
                  <TableCell className="font-mono text-xs" title={version.sha256}>
                    {version.sha256.slice(0, 16)}…
                  </TableCell>
                  <TableCell className="text-muted-foreground text-xs">{formatDateTime(version.createdAt)}</TableCell>
                  <TableCell className="text-xs">{version.createdBy ?? (version.remoteVersion ? "Sync" : "—")}</TableCell>
                  <TableCell>
                    <a className="text-primary text-xs hover:underline" href={`/api/documents/${document.id}/download?version=${version.versionNumber}`} download>
                      Download
                    </a>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
    </>
  );
}
