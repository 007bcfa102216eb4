"use client";

import { CheckCircle2, Pencil, Plus, Sheet, Trash2, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteIntegrationTargetAction, testIntegrationTargetAction } from "@/lib/actions/reports/integration-targets";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useAction } from "@/hooks/use-action";
import { formatDateTime } from "@/lib/format";
import { IntegrationTargetForm, type HighqIntegrationChoice } from "./integration-target-form";

export interface TargetView {
  id: string;
  name: string;
  integrationId: string;
  integrationName: string;
  siteId: string;
  siteName: string;
  sheetId: string;
  sheetName: string;
  status: "ok" | "reauth_required" | "error";
  statusReason: string | null;
  authorisedAs: string | null;
  lastTestedAt: Date | null;
  reportTargets: number;
}

type TestedColumns = { title: string; remoteType: string; writable: boolean }[];

export function IntegrationTargetsPanel({ divisionId, targets, integrations }: { divisionId: string; targets: TargetView[]; integrations: HighqIntegrationChoice[] }) {
  const router = useRouter();
  const { run, pending } = useAction();
  const [editing, setEditing] = useState<TargetView | "new" | null>(null);
  const [tested, setTested] = useState<Record<string, TestedColumns>>({});
  const done = () => {
    setEditing(null);
    router.refresh();
  };

  return (
    <div className="grid gap-4">
      <div className="flex justify-end">
        <Button onClick={() => setEditing("new")}>
          <Plus /> Add HighQ iSheet target
        </Button>
      </div>
      {targets.length === 0 && (
        <Card>
          <CardContent className="text-muted-foreground grid place-items-center gap-2 py-10 text-center text-sm">
            <Sheet className="size-8" />
            <p>No integration target yet. Add a HighQ iSheet here, then create a report target in Insights to push document fields into it.</p>
          </CardContent>
        </Card>
      )}
      {targets.map((target) => (
        <Card key={target.id} data-testid="integration-target">
          <CardHeader className="flex flex-row items-start justify-between gap-4">
            <div className="grid gap-1">
              <CardTitle className="flex items-center gap-2">
                {target.name}
                {target.status === "ok" ? (
                  <Badge variant="success">Working</Badge>
                ) : target.status === "reauth_required" ? (
                  <Badge variant="warning">Reauthentication required</Badge>
                ) : (
                  <Badge variant="destructive">Error</Badge>
                )}
              </CardTitle>
              <CardDescription>
                {target.integrationName} → {target.siteName} → {target.sheetName}
              </CardDescription>
            </div>
            <div className="flex gap-2">
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() =>
                  run(() => testIntegrationTargetAction({ targetId: target.id }), {
                    success: "The iSheet answered; its columns are listed below.",
                    onSuccess: (data) => {
                      setTested((previous) => ({ ...previous, [target.id]: data.columns }));
                      router.refresh();
                    },
                  })
                }
              >
                <CheckCircle2 /> Test
              </Button>
              <Button variant="outline" size="sm" onClick={() => setEditing(target)}>
                <Pencil /> Edit
              </Button>
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() => {
                  const reports = target.reportTargets ? ` and its ${target.reportTargets} report target${target.reportTargets === 1 ? "" : "s"}` : "";
                  if (window.confirm(`Remove ${target.name}${reports}? Rows already in the iSheet stay.`)) {
                    run(() => deleteIntegrationTargetAction({ targetId: target.id }), { success: `Removed ${target.name}`, onSuccess: () => router.refresh() });
                  }
                }}
              >
                <Trash2 /> Remove
              </Button>
            </div>
          </CardHeader>
          <CardContent className="grid gap-2 text-sm">
            <p className="text-muted-foreground">
              Calls HighQ as {target.authorisedAs ?? "nobody (authorisation removed)"} · last checked {formatDateTime(target.lastTestedAt)} · used by {target.reportTargets} report
              target{target.reportTargets === 1 ? "" : "s"}
            </p>
            {target.status !== "ok" && target.statusReason && (
              <p className="flex items-start gap-2">
                <TriangleAlert className="text-warning mt-0.5 size-4 shrink-0" />
                {target.statusReason}
              </p>
            )}
            {tested[target.id] && (
              <ul className="text-muted-foreground grid grid-cols-2 gap-x-6 text-xs md:grid-cols-3" aria-label={`Columns of ${target.sheetName}`}>
                {tested[target.id].map((column) => (
                  <li key={column.title}>
                    <span className="text-foreground">{column.title}</span> — {column.remoteType}
                    {!column.writable && " (read only)"}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      ))}
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{editing === "new" ? "Add a HighQ iSheet target" : "Edit iSheet target"}</DialogTitle>
            <DialogDescription>Sites and iSheets are read live from HighQ with your own authorisation; the target then calls HighQ as you.</DialogDescription>
          </DialogHeader>
          {editing !== null && (
            <IntegrationTargetForm
              divisionId={divisionId}
              integrations={integrations}
              initial={editing === "new" ? undefined : { ...editing, targetId: editing.id }}
              onDone={done}
            />
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}
