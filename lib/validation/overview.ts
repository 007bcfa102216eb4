import { z } from "zod";

export const transferSyncSchema = z.object({ syncSourceId: z.uuid(), newOwnerId: z.uuid({ message: "Choose the new owner." }) });
export const transferCandidatesSchema = z.object({ syncSourceId: z.uuid() });
