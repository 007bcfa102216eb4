import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TooltipProvider } from "@/components/ui/tooltip";
import { CONFIDENCE_ACCURACY } from "@/lib/insights/confidence";
import { ConfidenceMarker } from "./confidence-marker";

const render = (props: Parameters<typeof ConfidenceMarker>[0]) => renderToStaticMarkup(createElement(TooltipProvider, null, createElement(ConfidenceMarker, props)));

describe("the Insights table's confidence mark", () => {
  it("marks medium and low values with how often such values were right, and leaves high ones unmarked", () => {
    expect(render({ confidence: "high" })).toBe("");
    expect(render({})).toBe("");
    const low = render({ confidence: "low", estimate: true });
    expect(low).toContain('data-confidence="low"');
    expect(low).toContain(`Low confidence (an estimate): ${Math.round(CONFIDENCE_ACCURACY.low * 100)}% of low-confidence values were right`);
    expect(render({ confidence: "medium" })).toContain(`Medium confidence: ${Math.round(CONFIDENCE_ACCURACY.medium * 100)}%`);
  });
});
