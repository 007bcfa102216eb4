"use client";

import { History, Pencil, Play, Plus, Trash2, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteReportTargetAction, runReportAction } from "@/lib/actions/reports/report-targets";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useAction } from "@/hooks/use-action";
import { formatDateTime } from "@/lib/format";
import { ReportTargetForm, type ReportTargetInitial } from "./report-target-form";
import { RunPoller } from "./run-poller";
import { RunStatusBadge, RunSummary, type RunCounts } from "./run-summary";

export interface ReportTargetView extends ReportTargetInitial {
  scope: string;
  nextRunAt: Date | null;
  mapping: { field: string; columnId: string; columnTitle: string }[];
  sheet: { name: string; sheetName: string; siteName: string; status: "ok" | "reauth_required" | "error"; statusReason: string | null };
  lastRun: (RunCounts & { id: string; createdAt: Date; finishedAt: Date | null }) | null;
}

export function ReportTargetsPanel({
  divisionId,
  canAdminister,
  reportTargets,
  integrationTargets,
  folders,
  fieldLabels,
}: {
  divisionId: string;
  canAdminister: boolean;
  reportTargets: ReportTargetView[];
  integrationTargets: { id: string; name: string; sheetName: string }[];
  folders: { id: string; label: string }[];
  fieldLabels: Record<string, string>;
}) {
  const router = useRouter();
  const { run, pending } = useAction();
  const [editing, setEditing] = useState<ReportTargetView | "new" | null>(null);
  const active = reportTargets.some((target) => target.lastRun && (target.lastRun.status === "queued" || target.lastRun.status === "running"));

  return (
    <div className="grid gap-4">
      <RunPoller active={active} />
      {canAdminister && integrationTargets.length > 0 && (
        <div className="flex justify-end">
          <Button onClick={() => setEditing("new")}>
            <Plus /> New report target
          </Button>
        </div>
      )}
      {reportTargets.map((target) => {
        const running = target.lastRun?.status === "queued" || target.lastRun?.status === "running";
        return (
          <Card key={target.id} data-testid="report-target">
            <CardHeader className="flex flex-row items-start justify-between gap-4">
              <div className="grid gap-1">
                <CardTitle className="flex items-center gap-2">
                  {target.name}
                  {target.lastRun && <RunStatusBadge status={target.lastRun.status} />}
                </CardTitle>
                <CardDescription>
                  {target.scope} → {target.sheet.siteName} / {target.sheet.sheetName} ·{" "}
                  {target.scheduleHours ? `every ${target.scheduleHours} hour${target.scheduleHours === 1 ? "" : "s"}, next ${formatDateTime(target.nextRunAt)}` : "manual"}
                </CardDescription>
              </div>
              <div className="flex gap-2">
                {canAdminister && (
                  <Button
                    size="sm"
                    disabled={pending || running}
                    onClick={() => run(() => runReportAction({ reportTargetId: target.id }), { success: "Report run started", onSuccess: () => router.refresh() })}
                  >
                    <Play /> Run report
                  </Button>
                )}
                <Button asChild variant="outline" size="sm">
                  <Link href={`/insights/reports/${target.id}`}>
                    <History /> History
                  </Link>
                </Button>
                {canAdminister && (
                  <>
                    <Button variant="outline" size="sm" onClick={() => setEditing(target)}>
                      <Pencil /> Edit
                    </Button>
                    <Button
                      variant="outline"
                      size="sm"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(`Remove ${target.name}? Rows already in the iSheet stay.`)) {
                          run(() => deleteReportTargetAction({ reportTargetId: target.id }), { success: `Removed ${target.name}`, onSuccess: () => router.refresh() });
                        }
                      }}
                    >
                      <Trash2 /> Remove
                    </Button>
                  </>
                )}
              </div>
            </CardHeader>
            <CardContent className="grid gap-3">
              {target.sheet.status !== "ok" && (
                <p className="flex items-start gap-2 text-sm">
                  <TriangleAlert className="text-warning mt-0.5 size-4 shrink-0" />
                  {target.sheet.status === "reauth_required" ? "Reauthentication required: " : ""}
                  {target.sheet.statusReason ?? "The integration target needs attention in Division Settings → Integration Targets."}
                </p>
              )}
              <p className="text-muted-foreground text-xs">
                {target.mapping.map((entry) => `${fieldLabels[entry.field] ?? entry.field} → ${entry.columnTitle}`).join(" · ")}
              </p>
              {target.lastRun ? (
                <div className="grid gap-1">
                  <p className="text-xs">Last run {formatDateTime(target.lastRun.createdAt)}</p>
                  <RunSummary run={target.lastRun} />
                </div>
              ) : (
                <p className="text-muted-foreground text-sm">Not run yet.</p>
              )}
            </CardContent>
          </Card>
        );
      })}
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-3xl">
          <DialogHeader>
            <DialogTitle>{editing === "new" ? "New report target" : "Edit report target"}</DialogTitle>
            <DialogDescription>Which documents go to which iSheet, which field fills which column, and how often.</DialogDescription>
          </DialogHeader>
          {editing !== null && (
            <ReportTargetForm
              divisionId={divisionId}
              integrationTargets={integrationTargets}
              folders={folders}
              initial={editing === "new" ? undefined : editing}
              onDone={() => {
                setEditing(null);
                router.refresh();
              }}
            />
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}
