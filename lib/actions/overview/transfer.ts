"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { listTransferCandidates } from "@/lib/overview/sync-overview";
import { transferSyncSource } from "@/lib/overview/transfer";
import { transferCandidatesSchema, transferSyncSchema } from "@/lib/validation/overview";

/** Members who could take a sync over: for its owner or an administrator of its division. */
export const transferCandidatesAction = authedAction(transferCandidatesSchema, (actor, input) => listTransferCandidates(actor, input.syncSourceId));

/** Hands a sync to another member of its division, who then authorises with their own account. */
export const transferSyncAction = authedAction(transferSyncSchema, async (actor, input) => {
  await transferSyncSource(actor, input);
  revalidatePath("/sync");
  revalidatePath("/files");
});
