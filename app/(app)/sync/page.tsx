import { LayoutDashboard } from "lucide-react";
import Link from "next/link";
import { TransferDialog } from "@/components/overview/transfer-dialog";
import { PageHeader } from "@/components/shell/page-header";
import { STATUS_LABEL } from "@/components/sync/types";
import { TimeAgo } from "@/components/time-ago";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { isDivisionAdmin } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { divisionSyncHealth, listSyncOverview, type SyncOverviewRow } from "@/lib/overview/sync-overview";

export const metadata = { title: "Sync overview" };

const STATUS_VARIANT = { active: "success", paused: "secondary", reauth_required: "warning", error: "destructive" } as const;

export default async function SyncOverviewPage() {
  const actor = await requireActor();
  const [rows, health] = await Promise.all([listSyncOverview(actor), actor.isAccountAdmin ? divisionSyncHealth(actor) : Promise.resolve(null)]);
  const mayHandOver = (row: SyncOverviewRow) => isDivisionAdmin(actor, row.divisionId) || row.owner?.id === actor.id;
  return (
    <>
      <PageHeader title="Sync overview" description="Every sync of your divisions, the ones that need someone first." />
      <div className="grid gap-8 p-6">
        <section className="grid gap-3" aria-label="Syncs of your divisions">
          {rows.length === 0 ? (
            <div className="text-muted-foreground grid place-items-center gap-2 rounded-lg border border-dashed p-10 text-center text-sm">
              <LayoutDashboard className="size-8" />
              No folder of your divisions syncs from HighQ or Intralinks yet. Set one up from a folder&apos;s Information panel.
            </div>
          ) : (
            <div className="min-w-0 rounded-lg border">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead className="w-[32%]">Folder and source</TableHead>
                    <TableHead>Status</TableHead>
                    <TableHead>Owner</TableHead>
                    <TableHead>Last run</TableHead>
                    <TableHead>Next run</TableHead>
                    <TableHead className="text-right">Documents</TableHead>
                    <TableHead>
                      <span className="sr-only">Actions</span>
                    </TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.id}>
                      <TableCell className="max-w-0">
                        <Link href={`/files?division=${row.divisionId}&folder=${row.folderId}`} className="block truncate font-medium hover:underline">
                          {row.folderName}
                        </Link>
                        <p className="text-muted-foreground truncate text-xs" title={`${row.integrationName} · ${row.workspaceName}${row.remoteRootPath}`}>
                          {row.divisionName} · {row.integrationName} · {row.workspaceName}
                          {row.remoteRootPath}
                        </p>
                      </TableCell>
                      <TableCell className="whitespace-normal">
                        <div className="flex flex-wrap gap-1">
                          <Badge variant={STATUS_VARIANT[row.status]}>{STATUS_LABEL[row.status]}</Badge>
                          {row.status === "active" && row.lastRunStatus === "failed" && <Badge variant="destructive">Last run failed</Badge>}
                          {row.status === "active" && row.lastRunStatus === "partial" && <Badge variant="outline">Last run partly succeeded</Badge>}
                        </div>
                        {row.problem && row.status !== "active" && <p className="text-muted-foreground mt-1 text-xs">{row.problem.title ?? row.problem.message}</p>}
                      </TableCell>
                      <TableCell className="whitespace-normal">
                        {row.owner?.name ?? "—"}
                        {row.ownerLeft && (
                          <Badge variant="warning" className="ml-1">
                            Owner left
                          </Badge>
                        )}
                      </TableCell>
                      <TableCell className="text-xs">
                        <TimeAgo value={row.lastRunAt} empty="Not yet" />
                      </TableCell>
                      <TableCell className="text-xs">{row.status === "active" || row.status === "error" ? <TimeAgo value={row.nextRunAt} /> : "—"}</TableCell>
                      <TableCell className="text-right tabular-nums">{row.documents}</TableCell>
                      <TableCell>{mayHandOver(row) && <TransferDialog syncSourceId={row.id} folderName={row.folderName} currentOwnerId={row.owner?.id ?? null} />}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>

        {health && (
          <section className="grid gap-3" aria-label="Syncs across the firm">
            <div>
              <h2 className="font-medium">Across the firm</h2>
              <p className="text-muted-foreground text-sm">
                Counts for every division, including those you are not a member of. Folder, source and document names stay inside each division.
              </p>
            </div>
            <div className="min-w-0 rounded-lg border">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>Division</TableHead>
                    <TableHead className="text-right">Syncs</TableHead>
                    <TableHead className="text-right">Active</TableHead>
                    <TableHead className="text-right">Paused</TableHead>
                    <TableHead className="text-right">Need attention</TableHead>
                    <TableHead className="text-right">Synced documents</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {health.map((division) => (
                    <TableRow key={division.divisionId}>
                      <TableCell className="font-medium">{division.divisionName}</TableCell>
                      <TableCell className="text-right tabular-nums">{division.sources}</TableCell>
                      <TableCell className="text-right tabular-nums">{division.active}</TableCell>
                      <TableCell className="text-right tabular-nums">{division.paused}</TableCell>
                      <TableCell className="text-right tabular-nums">
                        {division.needsAttention > 0 ? <Badge variant="destructive">{division.needsAttention}</Badge> : 0}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{division.documents}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
        )}
      </div>
    </>
  );
}
