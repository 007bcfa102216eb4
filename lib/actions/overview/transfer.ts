"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { transferSyncSource } from "@/lib/overview/transfer";
import { transferSyncSchema } from "@/lib/validation/overview";

/** Hands a sync to another member of its division, who then authorises with their own account. */
export const transferSyncAction = authedAction(transferSyncSchema, async (actor, input) => {
  await transferSyncSource(actor, input);
  revalidatePath("/sync");
  revalidatePath("/files");
});
