import { Progress } from "@/components/ui/progress";
import { TimeAgo } from "@/components/time-ago";
import { formatBytes } from "@/lib/format";
import { plural } from "@/lib/plural";
import type { SyncRunView } from "./types";

const percent = (done: number, total: number) => (total > 0 ? Math.min(100, (100 * done) / total) : 100);

/** A run under way: listing first, then one bar for documents and one for bytes, each with its counts. */
export function RunProgress({ run }: { run: SyncRunView }) {
  if (!run.plannedAt) {
    return (
      <p className="text-muted-foreground" role="status">
        Listing the remote folder…{run.found > 0 ? ` ${plural(run.found, "document")} found so far.` : ""}
      </p>
    );
  }
  return (
    <div className="grid gap-2" role="status" aria-label="Sync progress">
      <div className="grid gap-1">
        <Progress value={percent(run.doneDocs, run.plannedDocs)} aria-label="Documents synced" />
        <p>
          {run.doneDocs} of {plural(run.plannedDocs, "document")}
        </p>
      </div>
      <div className="grid gap-1">
        <Progress value={percent(run.bytes, run.plannedBytes)} aria-label="Bytes synced" />
        <p>
          {formatBytes(run.bytes)} of {formatBytes(run.plannedBytes)}
        </p>
      </div>
      <p className="text-muted-foreground">
        {plural(run.found, "document")} at the source, {run.unchangedCount} unchanged.
      </p>
    </div>
  );
}

const duration = (ms: number | null) => (ms === null ? null : ms < 60_000 ? `${Math.max(1, Math.round(ms / 1000))} s` : `${Math.round(ms / 60_000)} min`);

/** What the last finished run did, in one glance. */
export function LastRunSummary({ run }: { run: SyncRunView }) {
  const took = duration(run.durationMs);
  const counts = [
    `${run.newCount} new`,
    `${run.updatedCount} updated`,
    `${run.unchangedCount} unchanged`,
    ...(run.skippedCount ? [`${run.skippedCount} skipped`] : []),
    ...(run.failedCount ? [`${run.failedCount} failed`] : []),
    ...(run.removedCount ? [`${run.removedCount} removed at source`] : []),
  ];
  return (
    <div className="grid gap-0.5" data-testid="last-run">
      <p>
        <span className="font-medium">{run.status === "succeeded" ? "Last run completed" : "Last run failed"}</span>{" "}
        <TimeAgo value={run.finishedAt ?? run.startedAt ?? run.createdAt} />
        {took ? ` in ${took}` : ""}
      </p>
      {run.status === "succeeded" ? (
        <p className="text-muted-foreground">
          {counts.join(" · ")} · {formatBytes(run.bytes)} downloaded
        </p>
      ) : (
        run.error && <p className="text-muted-foreground">{run.error.title ?? run.error.message}</p>
      )}
    </div>
  );
}
