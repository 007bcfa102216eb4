import { Badge } from "@/components/ui/badge";
import { INSIGHT_FIELDS } from "@/lib/insights/catalogue";
import { displayValue } from "./field-value";

type Confidence = "high" | "medium" | "low";
const CONFIDENCE: Record<Confidence, { label: string; variant: "success" | "secondary" | "warning"; hint: string }> = {
  high: { label: "High confidence", variant: "success", hint: "Stated plainly where it is usually stated." },
  medium: { label: "Medium confidence", variant: "secondary", hint: "Derived or read from a less certain place; check the snippet." },
  low: { label: "Low confidence", variant: "warning", hint: "A best guess; reports can leave it blank." },
};

/** How sure the extractor was, and whether the value is an estimate. */
function ConfidenceBadge({ confidence, estimate }: { confidence?: Confidence; estimate?: boolean }) {
  if (!confidence) return null;
  const shown = CONFIDENCE[confidence];
  return (
    <Badge variant={shown.variant} title={shown.hint} data-confidence={confidence}>
      {shown.label}
      {estimate ? " · estimate" : ""}
    </Badge>
  );
}

/** Every catalogue field with its value and, for extracted ones, where in the document it was found. */
export function FieldList({
  fields,
  facts,
}: {
  fields: Record<string, { value: string | number | string[]; page?: number; snippet?: string; confidence?: Confidence; estimate?: boolean }>;
  facts: Record<string, string | number | undefined>;
}) {
  return (
    <dl className="divide-y rounded-lg border">
      {INSIGHT_FIELDS.map((field) => {
        const found = field.origin === "file" ? (facts[field.key] !== undefined ? { value: facts[field.key]! } : undefined) : fields[field.key];
        return (
          <div key={field.key} className="grid gap-1 px-4 py-3 md:grid-cols-[200px_1fr]" data-field={field.key}>
            <dt className="text-muted-foreground text-sm">
              {field.label}
              {field.origin === "file" && <span className="block text-xs">from the file record</span>}
            </dt>
            <dd className="grid gap-1 text-sm">
              <span className="flex flex-wrap items-center gap-2">
                <span className={found ? "font-medium" : "text-muted-foreground"}>{found ? displayValue(field.key, found.value) : "Not found"}</span>
                {found && "confidence" in found && <ConfidenceBadge confidence={found.confidence} estimate={found.estimate} />}
              </span>
              {found && "snippet" in found && found.snippet && (
                <blockquote className="text-muted-foreground border-l-2 pl-3 text-xs">
                  {"page" in found && found.page ? <span className="font-medium">Page {found.page}: </span> : null}
                  {found.snippet}
                </blockquote>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
