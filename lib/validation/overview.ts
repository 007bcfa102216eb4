import { z } from "./zod";

export const transferSyncSchema = z.object({ syncSourceId: z.uuid(), newOwnerId: z.uuid({ message: "Choose the new owner." }) });
