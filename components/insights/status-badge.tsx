import { Badge } from "@/components/ui/badge";

const LABELS = {
  pending: ["Waiting", "secondary"],
  running: ["Extracting", "secondary"],
  ok: ["Extracted", "success"],
  no_text: ["No text", "warning"],
  encrypted: ["Password protected", "warning"],
  unsupported: ["Unsupported file", "warning"],
  failed: ["Failed", "destructive"],
} as const;

export type InsightStatusValue = keyof typeof LABELS;

export function InsightStatusBadge({ status, reason }: { status: InsightStatusValue; reason?: string | null }) {
  const [label, variant] = LABELS[status];
  return (
    <Badge variant={variant} title={reason ?? undefined}>
      {label}
    </Badge>
  );
}
