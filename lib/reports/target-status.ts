import "server-only";
import { eq } from "drizzle-orm";
import { isRemoteError } from "@/lib/connectors";
import { describeError } from "@/lib/errors/describe";
import { db } from "@/lib/db";
import { integrationTargets } from "@/lib/db/schema";

/**
 * Remembers on the target why HighQ could not be used, so the Integration Targets page and every
 * report using it show "reauthentication required" (or the remote's reason) until it works again.
 */
export async function recordTargetFailure(targetId: string, error: unknown): Promise<void> {
  const reauth = isRemoteError(error, "REAUTH_REQUIRED");
  await db
    .update(integrationTargets)
    .set({ status: reauth ? "reauth_required" : "error", statusReason: describeError(error) })
    .where(eq(integrationTargets.id, targetId));
}

export async function recordTargetWorking(targetId: string): Promise<void> {
  await db.update(integrationTargets).set({ status: "ok", statusReason: null, lastTestedAt: new Date() }).where(eq(integrationTargets.id, targetId));
}
