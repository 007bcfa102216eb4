"use client";

import { useEffect, useState, useTransition } from "react";
import { createReportTargetAction, updateReportTargetAction } from "@/lib/actions/reports/report-targets";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { apiPath, getJson } from "@/lib/http/get-json";
import type { mappingEditor } from "@/lib/reports/report-targets";
import { LowConfidenceOption, MappingEditor, mappingIsValid, type EditorColumn, type LowConfidence } from "./mapping-editor";

export interface ReportTargetInitial {
  id: string;
  name: string;
  integrationTargetId: string;
  folderId: string | null;
  scheduleHours: number | null;
  mapping: { field: string; columnId: string }[];
  lowConfidence: LowConfidence;
}

const DIVISION = "division";

export function ReportTargetForm({
  divisionId,
  integrationTargets,
  folders,
  initial,
  onDone,
}: {
  divisionId: string;
  integrationTargets: { id: string; name: string; sheetName: string }[];
  folders: { id: string; label: string }[];
  initial?: ReportTargetInitial;
  onDone: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? "");
  const [integrationTargetId, setIntegrationTargetId] = useState(initial?.integrationTargetId ?? (integrationTargets.length === 1 ? integrationTargets[0].id : ""));
  const [scope, setScope] = useState(initial?.folderId ?? DIVISION);
  const [schedule, setSchedule] = useState(initial?.scheduleHours ? "periodic" : "manual");
  const [hours, setHours] = useState(String(initial?.scheduleHours ?? 24));
  // Columns belong to the target they were read from; switching targets shows "reading" until the new ones arrive.
  const [loaded, setLoaded] = useState<{ targetId: string; columns: EditorColumn[] } | null>(null);
  const columns = loaded?.targetId === integrationTargetId ? loaded.columns : null;
  const [mapping, setMapping] = useState<Record<string, string>>(Object.fromEntries((initial?.mapping ?? []).map((entry) => [entry.field, entry.columnId])));
  const [lowConfidence, setLowConfidence] = useState<LowConfidence>(initial?.lowConfidence ?? "push");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  // Columns are read live from the iSheet; a new report starts from the proposed matches by name.
  useEffect(() => {
    if (!integrationTargetId) return;
    let current = true;
    void getJson<Awaited<ReturnType<typeof mappingEditor>>>(apiPath(["integration-targets", integrationTargetId, "mapping-editor"])).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error);
      setLoaded({ targetId: integrationTargetId, columns: result.data.columns });
      const keepExisting = initial && initial.integrationTargetId === integrationTargetId;
      if (!keepExisting) setMapping(Object.fromEntries(Object.entries(result.data.proposals).filter((entry): entry is [string, string] => entry[1] !== null)));
    });
    return () => {
      current = false;
    };
  }, [integrationTargetId, initial]);

  const valid = columns !== null && Object.keys(mapping).length > 0 && mappingIsValid(columns, mapping);

  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const input = {
            divisionId,
            name,
            integrationTargetId,
            folderId: scope === DIVISION ? null : scope,
            scheduleHours: schedule === "manual" ? null : Number(hours),
            mapping: Object.entries(mapping).map(([field, columnId]) => ({ field, columnId })),
            lowConfidence,
          };
          const result = initial ? await updateReportTargetAction({ ...input, reportTargetId: initial.id }) : await createReportTargetAction(input);
          if (!result.ok) return setError(result.error);
          onDone();
        });
      }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Name" name="name" required value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Contract register" />
        <div className="grid gap-2">
          <Label htmlFor="report-target">iSheet (integration target)</Label>
          <Select
            value={integrationTargetId}
            onValueChange={(id) => {
              setError(undefined);
              setIntegrationTargetId(id);
            }}
          >
            <SelectTrigger id="report-target" className="w-full" aria-label="Integration target">
              <SelectValue placeholder="Choose a target" />
            </SelectTrigger>
            <SelectContent>
              {integrationTargets.map((target) => (
                <SelectItem key={target.id} value={target.id}>
                  {target.name} ({target.sheetName})
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="report-scope">Documents</Label>
          <Select value={scope} onValueChange={setScope}>
            <SelectTrigger id="report-scope" className="w-full" aria-label="Scope">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={DIVISION}>The whole division</SelectItem>
              {folders.map((folder) => (
                <SelectItem key={folder.id} value={folder.id}>
                  {folder.label} and its subfolders
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="report-schedule">Schedule</Label>
          <div className="flex items-center gap-2">
            <Select value={schedule} onValueChange={setSchedule}>
              <SelectTrigger id="report-schedule" className="w-40" aria-label="Schedule">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="manual">Manual only</SelectItem>
                <SelectItem value="periodic">Every…</SelectItem>
              </SelectContent>
            </Select>
            {schedule === "periodic" && (
              <>
                <input
                  aria-label="Hours between runs"
                  type="number"
                  min={1}
                  max={720}
                  value={hours}
                  onChange={(event) => setHours(event.target.value)}
                  className="border-input h-9 w-20 rounded-md border bg-transparent px-2 text-sm"
                />
                <span className="text-sm">hours</span>
              </>
            )}
          </div>
        </div>
      </div>
      <div className="grid gap-2">
        <p className="text-sm font-medium">Fields → iSheet columns</p>
        <p className="text-muted-foreground text-xs">
          Columns are read live from the iSheet. Matches by name are proposed; a column must be able to hold its field&apos;s type. Each document becomes one row, found
          again by its Ferry key on later runs.
        </p>
        {integrationTargetId ? (
          columns ? (
            <MappingEditor columns={columns} mapping={mapping} onChange={setMapping} />
          ) : (
            !error && <p className="text-muted-foreground text-sm">Reading the iSheet&apos;s columns…</p>
          )
        ) : (
          <p className="text-muted-foreground text-sm">Choose an integration target to map its columns.</p>
        )}
        <LowConfidenceOption value={lowConfidence} onChange={setLowConfidence} />
      </div>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending || !name || !valid}>
          {initial ? "Save report target" : "Create report target"}
        </Button>
      </div>
    </form>
  );
}
