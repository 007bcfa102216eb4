"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { rerunExtraction } from "@/lib/insights/store/queue";
import { rerunExtractionSchema } from "@/lib/validation/reports";

export const rerunExtractionAction = authedAction(rerunExtractionSchema, async (actor, input) => {
  const ids = await rerunExtraction(actor, input);
  revalidatePath("/insights");
  return { queued: ids.length };
});
