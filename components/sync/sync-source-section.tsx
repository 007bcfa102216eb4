"use client";

import { History, Loader2, Pause, Play, RefreshCw, Settings2, Trash2 } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { pauseSyncAction, removeSyncAction, resumeSyncAction, syncNowAction } from "@/lib/actions/sync/sync-sources";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { TimeAgo } from "@/components/time-ago";
import { useAction } from "@/hooks/use-action";
import { LastRunSummary, RunProgress } from "./run-progress";
import { SyncConfigDialog } from "./sync-config-dialog";
import { SyncHistoryDialog } from "./sync-history-dialog";
import { authoriseHref, intervalLabel, STATUS_LABEL, type FolderSyncView } from "./types";

/** Query parameter that reopens the settings after the authorise round trip. */
const SETTINGS_PARAM = "syncSettings";
const STATUS_VARIANT = { active: "success", paused: "secondary", reauth_required: "warning", error: "destructive" } as const;

/** The current Files URL with the settings flag set or removed. */
function urlWith(pathname: string, searchParams: URLSearchParams | { toString(): string }, settings: string | null): string {
  const params = new URLSearchParams(searchParams.toString());
  if (settings) params.set(SETTINGS_PARAM, settings);
  else params.delete(SETTINGS_PARAM);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Information panel → Sync Source: status, progress, schedule, controls and history of a folder's sync. */
export function SyncSourceSection({ folderId, folderName, sync }: { folderId: string; folderName: string; sync: FolderSyncView | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [dialog, setDialog] = useState<"settings" | "history" | "remove" | null>(searchParams.get(SETTINGS_PARAM) ? "settings" : null);
  const { pending, run } = useAction();

  const here = urlWith(pathname, searchParams, null);
  // Coming back from authorising reopens the settings with that integration chosen.
  const returnTo = (integrationId: string) => urlWith(pathname, searchParams, integrationId);
  const reopenedFor = searchParams.get(SETTINGS_PARAM) ?? undefined;

  const latest = sync?.runs[0];
  const inProgress = latest && (latest.status === "queued" || latest.status === "running");
  const lastFinished = sync?.runs.find((run) => run.status === "succeeded" || run.status === "failed");

  // Progress comes from the server: refresh the page data while a run is under way.
  useEffect(() => {
    if (!inProgress) return;
    const timer = window.setInterval(() => router.refresh(), 2000);
    return () => window.clearInterval(timer);
  }, [inProgress, router]);

  function closeSettings() {
    setDialog(null);
    if (searchParams.get(SETTINGS_PARAM)) router.replace(here);
  }

  return (
    <section className="rounded-md border p-3" aria-label="Sync Source">
      <div className="flex items-center justify-between text-xs font-medium">
        Sync Source
        <Button variant="ghost" size="icon" className="size-7" aria-label="Sync Source settings" onClick={() => setDialog("settings")}>
          <Settings2 />
        </Button>
      </div>

      {!sync ? (
        <p className="text-muted-foreground text-xs">Not configured. Documents here are uploaded by hand.</p>
      ) : (
        <div className="grid gap-2 text-xs">
          <div className="flex flex-wrap items-center gap-1">
            <Badge variant={STATUS_VARIANT[sync.status]} data-testid="sync-status">
              {STATUS_LABEL[sync.status]}
            </Badge>
            {inProgress && (
              <Badge variant="outline">
                <Loader2 className="animate-spin" /> {latest.status === "queued" ? "Starting" : "Running"}
              </Badge>
            )}
          </div>
          <p className="break-words">
            {sync.integrationName} · {sync.workspaceName}
            {sync.remoteRootPath}
          </p>

          {inProgress && <RunProgress run={latest} />}
          {lastFinished && <LastRunSummary run={lastFinished} />}

          {sync.statusError && sync.status !== "active" && (
            <div className="text-destructive grid gap-1" role="alert">
              <p className="font-medium">{sync.statusError.title ?? "Sync error"}</p>
              <p>{sync.statusError.message}</p>
              {sync.statusError.resolution && <p className="text-muted-foreground">{sync.statusError.resolution}</p>}
            </div>
          )}
          {sync.missing.count > 0 && (
            <div className="grid gap-1 rounded-md border border-amber-300 bg-amber-50 p-2 dark:border-amber-700 dark:bg-amber-950" role="status" aria-label="Documents still missing">
              <p className="font-medium">
                Last run partly succeeded: {sync.missing.count} {sync.missing.count === 1 ? "document is" : "documents are"} still missing
              </p>
              <ul className="grid gap-0.5">
                {sync.missing.documents.map((document) => (
                  <li key={document.remotePath} className="break-words" title={document.reason?.message}>
                    {document.remotePath}
                    {document.reason && <span className="text-muted-foreground"> — {document.reason.title ?? document.reason.message}</span>}
                  </li>
                ))}
                {sync.missing.count > sync.missing.documents.length && <li className="text-muted-foreground">and {sync.missing.count - sync.missing.documents.length} more (see History)</li>}
              </ul>
              {(sync.status === "active" || sync.status === "error") && <p className="text-muted-foreground">Ferry tries them again <TimeAgo value={sync.nextRunAt} />.</p>}
            </div>
          )}
          {sync.status === "reauth_required" &&
            (sync.ownedByMe ? (
              <Button asChild size="sm">
                <Link href={authoriseHref(sync.integrationId, here)}>Authorise again</Link>
              </Button>
            ) : (
              <p>The person who set up this sync must authorise {sync.integrationName} again; it then resumes by itself.</p>
            ))}

          <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
            <dt className="text-muted-foreground">Last run</dt>
            <dd>
              <TimeAgo value={sync.lastRunAt} />
            </dd>
            <dt className="text-muted-foreground">Next run</dt>
            <dd>{sync.status === "active" || sync.status === "error" ? <TimeAgo value={sync.nextRunAt} /> : "—"}</dd>
            <dt className="text-muted-foreground">Runs as</dt>
            <dd>{sync.ownedByMe ? "You (your authorisation)" : "The member who set it up"}</dd>
            <dt className="text-muted-foreground">Interval</dt>
            <dd>{intervalLabel(sync.intervalMinutes)}</dd>
          </dl>

          <div className="flex flex-wrap gap-1">
            <Button
              size="sm"
              variant="outline"
              disabled={pending || sync.status === "paused" || sync.status === "reauth_required"}
              onClick={() => run(() => syncNowAction({ syncSourceId: sync.id }), { success: "Sync started", onSuccess: () => router.refresh() })}
            >
              <RefreshCw /> Sync now
            </Button>
            {sync.status === "paused" ? (
              <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => resumeSyncAction({ syncSourceId: sync.id }), { success: "Sync resumed" })}>
                <Play /> Resume
              </Button>
            ) : (
              <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => pauseSyncAction({ syncSourceId: sync.id }), { success: "Sync paused" })}>
                <Pause /> Pause
              </Button>
            )}
            <Button size="sm" variant="outline" onClick={() => setDialog("history")}>
              <History /> History
            </Button>
            <Button size="sm" variant="ghost" className="text-destructive" onClick={() => setDialog("remove")}>
              <Trash2 /> Remove
            </Button>
          </div>
          <p className="text-muted-foreground">
            Any member of this division may run, pause or remove this sync. Changing its settings makes it run as whoever saves them.
          </p>
        </div>
      )}

      {dialog === "settings" && <SyncConfigDialog folderId={folderId} folderName={folderName} current={sync} returnTo={returnTo} reopenedFor={reopenedFor} onClose={closeSettings} />}
      {dialog === "history" && sync && <SyncHistoryDialog runs={sync.runs} onClose={() => setDialog(null)} />}
      {dialog === "remove" && sync && (
        <Dialog open onOpenChange={(open) => !open && setDialog(null)}>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Stop syncing “{folderName}”?</DialogTitle>
              <DialogDescription>
                The folder stops following {sync.workspaceName}
                {sync.remoteRootPath}. Every document already synced stays here with its versions.
              </DialogDescription>
            </DialogHeader>
            <DialogFooter>
              <Button variant="outline" onClick={() => setDialog(null)}>
                Cancel
              </Button>
              <Button
                variant="destructive"
                disabled={pending}
                onClick={() => run(() => removeSyncAction({ syncSourceId: sync.id }), { success: "Sync removed; documents kept", onSuccess: () => setDialog(null) })}
              >
                Remove sync
              </Button>
            </DialogFooter>
          </DialogContent>
        </Dialog>
      )}
    </section>
  );
}
