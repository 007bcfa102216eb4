import { INSIGHT_FIELDS } from "@/lib/insights/catalogue";
import { displayValue } from "./field-value";

/** Every catalogue field with its value and, for extracted ones, where in the document it was found. */
export function FieldList({
  fields,
  facts,
}: {
  fields: Record<string, { value: string | number | string[]; page?: number; snippet?: string }>;
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
              <span className={found ? "font-medium" : "text-muted-foreground"}>{found ? displayValue(field.key, found.value) : "Not found"}</span>
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
