"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
// Direct imports: the lib/insights index also exports the text extractors, which must stay off the client bundle.
import { INSIGHT_FIELDS, type InsightFieldDefinition } from "@/lib/insights/catalogue";
import { canMapFieldToColumn } from "@/lib/insights/mapping/column-mapping";

export interface EditorColumn {
  id: string;
  title: string;
  remoteType: string;
  writable: boolean;
  required: boolean;
  choices: { id: string; label: string }[];
}

const NONE = "none";

/** Why a field cannot go in a column, or a note about options the column lacks; null when it fits. */
export function mappingProblem(field: InsightFieldDefinition, column: EditorColumn): { error?: string; note?: string } | null {
  const fits = canMapFieldToColumn(field.type, column.remoteType);
  if (!fits.ok) return { error: fits.reason };
  if (!column.writable) return { error: `“${column.title}” cannot be written through the HighQ API.` };
  if (field.choices && column.choices.length > 0) {
    const missing = field.choices.filter((choice) => !column.choices.some((option) => option.label.toLowerCase() === choice.toLowerCase()));
    if (missing.length > 0) return { note: `The column has no option for ${missing.join(", ")}; documents with those values will be reported as failed rows.` };
  }
  return null;
}

/** One row per insight field: which iSheet column it goes to, checked against the column's type as the user picks. */
export function MappingEditor({ columns, mapping, onChange }: { columns: EditorColumn[]; mapping: Record<string, string>; onChange: (mapping: Record<string, string>) => void }) {
  const used = new Map(Object.entries(mapping).map(([field, column]) => [column, field]));
  return (
    <div className="divide-y rounded-lg border" role="group" aria-label="Field mapping">
      {INSIGHT_FIELDS.map((field) => {
        const columnId = mapping[field.key];
        const column = columns.find((candidate) => candidate.id === columnId);
        const sharedWith = column ? Object.entries(mapping).find(([other, id]) => other !== field.key && id === column.id)?.[0] : undefined;
        const problem = column
          ? sharedWith
            ? { error: `“${column.title}” is also chosen for ${INSIGHT_FIELDS.find((f) => f.key === sharedWith)?.label}; each column holds one field.` }
            : mappingProblem(field, column)
          : null;
        return (
          <div key={field.key} className="grid items-start gap-2 px-3 py-2 md:grid-cols-[200px_1fr]">
            <Label htmlFor={`map-${field.key}`} className="pt-2">
              {field.label}
            </Label>
            <div className="grid gap-1">
              <Select
                value={columnId ?? NONE}
                onValueChange={(value) => {
                  const next = { ...mapping };
                  if (value === NONE) delete next[field.key];
                  else next[field.key] = value;
                  onChange(next);
                }}
              >
                <SelectTrigger id={`map-${field.key}`} className="w-full" aria-label={`Column for ${field.label}`} aria-invalid={problem?.error ? true : undefined}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={NONE}>Not sent</SelectItem>
                  {columns.map((option) => {
                    const taken = used.get(option.id);
                    return (
                      <SelectItem key={option.id} value={option.id} disabled={Boolean(taken && taken !== field.key)}>
                        {option.title} ({option.remoteType.toLowerCase()}){option.required ? " · required" : ""}
                      </SelectItem>
                    );
                  })}
                </SelectContent>
              </Select>
              {problem?.error && <p className="text-destructive text-xs">{problem.error}</p>}
              {problem?.note && <p className="text-muted-foreground text-xs">{problem.note}</p>}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** True when every chosen column can hold its field and no column is chosen twice. */
export function mappingIsValid(columns: EditorColumn[], mapping: Record<string, string>): boolean {
  const chosen = Object.values(mapping);
  if (new Set(chosen).size !== chosen.length) return false;
  return Object.entries(mapping).every(([key, columnId]) => {
    const column = columns.find((candidate) => candidate.id === columnId);
    const field = INSIGHT_FIELDS.find((candidate) => candidate.key === key);
    return column && field && !mappingProblem(field, column)?.error;
  });
}

export type LowConfidence = "push" | "blank";

/** Whether a value the extractor was unsure of goes to the iSheet or leaves the cell blank for a person to fill. */
export function LowConfidenceOption({ value, onChange }: { value: LowConfidence; onChange: (value: LowConfidence) => void }) {
  return (
    <div className="flex items-start gap-2">
      <Checkbox id="low-confidence" checked={value === "blank"} onCheckedChange={(checked) => onChange(checked === true ? "blank" : "push")} />
      <div className="grid gap-1">
        <Label htmlFor="low-confidence">Leave low-confidence values blank</Label>
        <p className="text-muted-foreground text-xs">Fields Insights marks as low confidence (a guessed date, a type read from vocabulary alone, an estimated page count) are written as empty cells instead.</p>
      </div>
    </div>
  );
}
