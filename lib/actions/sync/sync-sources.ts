"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { configureSyncSource, removeSyncSource, requestRun, setSyncPaused } from "@/lib/sync/sources";
import { configureSyncSchema, syncSourceRefSchema } from "@/lib/validation/sync";

export const configureSyncAction = authedAction(configureSyncSchema, async (actor, input) => {
  const syncSourceId = await configureSyncSource(actor, input);
  revalidatePath("/files");
  return syncSourceId;
});

export const syncNowAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await requestRun(actor, input.syncSourceId);
  revalidatePath("/files");
});

export const pauseSyncAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await setSyncPaused(actor, input.syncSourceId, true);
  revalidatePath("/files");
});

export const resumeSyncAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await setSyncPaused(actor, input.syncSourceId, false);
  revalidatePath("/files");
});

export const removeSyncAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await removeSyncSource(actor, input.syncSourceId);
  revalidatePath("/files");
});
