import { isRemoteError, RemoteError } from "@/lib/connectors";
import type { HighqIsheets, IsheetItemInput } from "@/lib/connectors/highq";

/** What a document's row was before this write: never sent, sent but unconfirmed, or confirmed. */
export type KnownRow = { state: "pending" | "written"; itemId: string | null } | null;

export type WriteOutcome = { kind: "created" | "updated"; itemId: string | null };

/** Failures that belong to one row (its values); anything else stops the run. */
export function isRowError(error: unknown): error is RemoteError {
  return isRemoteError(error, "VALIDATION_FAILED");
}

/** A POST that failed this way may still have created the row; only a lookup by external id can tell. */
function mayHaveLanded(error: unknown): boolean {
  return isRemoteError(error) && (error.code === "REMOTE_ERROR" || error.code === "HOST_UNREACHABLE");
}

const CREATE_TRIES = 3;

/**
 * Writes one document's row so that it exists exactly once. Updates go by item id when known,
 * otherwise by external id; only when HighQ has no row with that external id is one created. A
 * create whose answer was lost (reset, 5xx) is followed by the lookup again rather than a second POST.
 */
export async function upsertRow(isheets: HighqIsheets, sheetId: string, item: IsheetItemInput & { externalId: string }, known: KnownRow): Promise<WriteOutcome> {
  const confirmed = known?.state === "written";
  if (confirmed && known.itemId) {
    try {
      await isheets.updateItem(sheetId, known.itemId, item);
      return { kind: "updated", itemId: known.itemId };
    } catch (error) {
      // Someone deleted the row in HighQ: fall through, find it by external id or create it again.
      if (!isRemoteError(error, "NOT_FOUND")) throw error;
    }
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await isheets.updateItemByExternalId(sheetId, item.externalId, item);
      return { kind: confirmed ? "updated" : "created", itemId: known?.itemId ?? null };
    } catch (error) {
      if (!isRemoteError(error, "NOT_FOUND")) throw error;
    }
    try {
      return { kind: "created", itemId: await createOne(isheets, sheetId, item) };
    } catch (error) {
      if (attempt >= CREATE_TRIES || !mayHaveLanded(error)) throw error;
    }
  }
}

async function createOne(isheets: HighqIsheets, sheetId: string, item: IsheetItemInput): Promise<string | null> {
  const [result] = await isheets.createItems(sheetId, [item]);
  if (result && result.status !== "" && result.status.toUpperCase() !== "SUCCESS") {
    throw new RemoteError("VALIDATION_FAILED", { details: { provider: "highq", remoteMessage: result.status } });
  }
  return result?.itemId ?? null;
}

/**
 * Creates rows for documents never sent before, many per request (the fast path). Returns the item
 * ids by position, or null when the batch as a whole failed: the caller then writes each row on its
 * own with `upsertRow`, which isolates a bad value and never duplicates a row the batch did create.
 */
export async function createBatch(isheets: HighqIsheets, sheetId: string, items: IsheetItemInput[]): Promise<(string | null)[] | null> {
  try {
    const results = await isheets.createItems(sheetId, items);
    if (results.some((result) => result.status !== "" && result.status.toUpperCase() !== "SUCCESS")) return null;
    return items.map((_, index) => results.find((result) => result.index === index + 1)?.itemId ?? null);
  } catch (error) {
    if (isRowError(error) || mayHaveLanded(error)) return null;
    throw error;
  }
}
