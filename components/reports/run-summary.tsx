import { Badge } from "@/components/ui/badge";
import { Progress } from "@/components/ui/progress";

export interface RunCounts {
  status: "queued" | "running" | "succeeded" | "partial" | "failed";
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  waiting: number;
  error: string | null;
}

const STATUS = {
  queued: ["Queued", "secondary"],
  running: ["Running", "secondary"],
  succeeded: ["Succeeded", "success"],
  partial: ["Some rows failed", "warning"],
  failed: ["Failed", "destructive"],
} as const;

export function RunStatusBadge({ status }: { status: RunCounts["status"] }) {
  const [label, variant] = STATUS[status];
  return <Badge variant={variant}>{label}</Badge>;
}

/** Counts of one run, and a progress bar while it works. */
export function RunSummary({ run }: { run: RunCounts }) {
  const active = run.status === "queued" || run.status === "running";
  const percent = run.total > 0 ? Math.round((run.processed / run.total) * 100) : 0;
  return (
    <div className="grid gap-2 text-sm">
      {active && (
        <div className="grid gap-1">
          <Progress value={percent} aria-label="Report progress" />
          <p className="text-muted-foreground text-xs">
            {run.status === "queued" ? "Waiting to start…" : `${run.processed} of ${run.total} documents`}
          </p>
        </div>
      )}
      <p className="text-muted-foreground" data-testid="run-counts">
        {run.created} created · {run.updated} updated · {run.unchanged} unchanged · {run.failed} failed
        {run.waiting > 0 ? ` · ${run.waiting} waiting for extraction (reported on the next run)` : ""}
      </p>
      {run.error && <p className={run.status === "failed" ? "text-destructive" : "text-muted-foreground"}>{run.error}</p>}
    </div>
  );
}
