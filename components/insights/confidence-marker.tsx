"use client";

import { CircleAlert, CircleHelp } from "lucide-react";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { CONFIDENCE_ACCURACY } from "@/lib/insights/confidence";
import type { FieldConfidence } from "@/lib/insights/fields/types";
import { cn } from "@/lib/utils";

const SHOWN = {
  medium: { label: "Medium confidence", Icon: CircleHelp, className: "text-muted-foreground" },
  low: { label: "Low confidence", Icon: CircleAlert, className: "text-warning" },
} as const;

/**
 * A small mark after a value the extractor is less than sure of, with how often such values were right
 * on documents the rules were not tuned on. Certain values carry no mark, so the table stays quiet.
 */
export function ConfidenceMarker({ confidence, estimate }: { confidence?: FieldConfidence; estimate?: boolean }) {
  if (confidence !== "medium" && confidence !== "low") return null;
  const { label, Icon, className } = SHOWN[confidence];
  const percent = Math.round(CONFIDENCE_ACCURACY[confidence] * 100);
  const text = `${label}${estimate ? " (an estimate)" : ""}: ${percent}% of ${confidence}-confidence values were right on documents the rules were not tuned on.`;
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <button type="button" aria-label={text} data-confidence={confidence} className={cn("inline-flex shrink-0 cursor-help rounded-full align-middle outline-none focus-visible:ring-2 focus-visible:ring-ring/50", className)}>
          <Icon className="size-3.5" aria-hidden />
        </button>
      </TooltipTrigger>
      <TooltipContent>{text}</TooltipContent>
    </Tooltip>
  );
}
