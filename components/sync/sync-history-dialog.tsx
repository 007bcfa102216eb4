"use client";

import { Loader2 } from "lucide-react";
import { useEffect, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TimeAgo } from "@/components/time-ago";
import { formatBytes, formatExactTime } from "@/lib/format";
import { apiPath, getJson } from "@/lib/http/get-json";
import type { SyncRunView } from "./types";

type RunItem = {
  id: string;
  name: string;
  remotePath: string;
  size: number;
  outcome: "new" | "updated" | "unchanged" | "skipped" | "failed";
  reason: { title?: string; message: string; resolution?: string } | null;
  done: boolean;
};

const RUN_STATUS: Record<SyncRunView["status"], string> = { queued: "Queued", running: "Running", succeeded: "Completed", partial: "Partly succeeded", failed: "Failed" };
const OUTCOME_VARIANT = { new: "success", updated: "secondary", unchanged: "outline", skipped: "warning", failed: "destructive" } as const;

function duration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

/** The source's recent runs with their counts; a run opens its per-document outcomes. */
export function SyncHistoryDialog({ runs, onClose }: { runs: SyncRunView[]; onClose: () => void }) {
  const [selected, setSelected] = useState<SyncRunView>();
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-4xl">
        <DialogHeader>
          <DialogTitle>{selected ? `Run of ${formatExactTime(selected.startedAt ?? selected.createdAt)}` : "Sync history"}</DialogTitle>
          <DialogDescription>
            {selected ? "What happened to each document that was new, changed, skipped or failed." : "The last 20 runs. Choose a run to see its documents."}
          </DialogDescription>
        </DialogHeader>
        {selected ? (
          <>
            <Button variant="outline" size="sm" className="w-fit" onClick={() => setSelected(undefined)}>
              Back to history
            </Button>
            <RunItems run={selected} />
          </>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Started</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Found</TableHead>
                <TableHead className="text-right">New</TableHead>
                <TableHead className="text-right">Updated</TableHead>
                <TableHead className="text-right">Unchanged</TableHead>
                <TableHead className="text-right">Skipped</TableHead>
                <TableHead className="text-right">Failed</TableHead>
                <TableHead className="text-right">Bytes</TableHead>
                <TableHead className="text-right">Duration</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {runs.length === 0 && (
                <TableRow>
                  <TableCell colSpan={10} className="text-muted-foreground text-center">
                    No runs yet.
                  </TableCell>
                </TableRow>
              )}
              {runs.map((run) => (
                <TableRow key={run.id} className="cursor-pointer" onClick={() => setSelected(run)}>
                  <TableCell>
                    <button type="button" className="underline-offset-2 hover:underline">
                      <TimeAgo value={run.startedAt ?? run.createdAt} />
                    </button>
                    {run.trigger === "manual" && <span className="text-muted-foreground text-xs"> (Sync now)</span>}
                  </TableCell>
                  <TableCell>
                    <span title={run.error ? `${run.error.message} ${run.error.resolution ?? ""}` : undefined}>{RUN_STATUS[run.status]}</span>
                    {run.error && <p className="text-destructive max-w-56 truncate text-xs">{run.error.title ?? run.error.message}</p>}
                  </TableCell>
                  <TableCell className="text-right">{run.found}</TableCell>
                  <TableCell className="text-right">{run.newCount}</TableCell>
                  <TableCell className="text-right">{run.updatedCount}</TableCell>
                  <TableCell className="text-right">{run.unchangedCount}</TableCell>
                  <TableCell className="text-right">{run.skippedCount}</TableCell>
                  <TableCell className="text-right">{run.failedCount}</TableCell>
                  <TableCell className="text-right">{formatBytes(run.bytes)}</TableCell>
                  <TableCell className="text-right">{duration(run.durationMs)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
    </Dialog>
  );
}

function RunItems({ run }: { run: SyncRunView }) {
  const [items, setItems] = useState<RunItem[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void getJson<RunItem[]>(apiPath(["sync-runs", run.id, "items"])).then((result) => (result.ok ? setItems(result.data) : setError(result.error)));
  }, [run.id]);
  if (error) return <FormError message={error} />;
  if (!items) return <Loader2 className="size-4 animate-spin" aria-label="Loading documents" />;
  if (items.length === 0) return <p className="text-muted-foreground text-sm">Every document was already up to date ({run.unchangedCount} unchanged).</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Document</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead className="text-right">Size</TableHead>
          <TableHead>Details</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="max-w-72">
              <p className="truncate font-medium">{item.name}</p>
              <p className="text-muted-foreground truncate text-xs">{item.remotePath}</p>
            </TableCell>
            <TableCell>
              {item.done ? <Badge variant={OUTCOME_VARIANT[item.outcome]}>{item.outcome}</Badge> : <Badge variant="outline">pending</Badge>}
            </TableCell>
            <TableCell className="text-right">{formatBytes(item.size)}</TableCell>
            <TableCell className="max-w-80 text-xs whitespace-normal">
              {item.reason && (
                <>
                  <p>{item.reason.message}</p>
                  {item.reason.resolution && <p className="text-muted-foreground">{item.reason.resolution}</p>}
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
