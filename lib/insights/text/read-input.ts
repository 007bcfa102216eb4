import type { DocumentBytes } from "./types";

export type ReadInputResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Collects the input into one buffer, refusing (and stopping the stream) once it passes `maxBytes`. */
export async function readInputBytes(input: DocumentBytes, maxBytes: number): Promise<ReadInputResult> {
  if (input instanceof Uint8Array) return input.byteLength > maxBytes ? tooLarge(maxBytes) : { ok: true, bytes: input };
  if (input instanceof ArrayBuffer) return readInputBytes(new Uint8Array(input), maxBytes);

  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of input) {
      const part = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      total += part.byteLength;
      // Leaving the loop early calls the iterator's return(), which destroys a Node stream.
      if (total > maxBytes) return tooLarge(maxBytes);
      chunks.push(part);
    }
  } catch (error) {
    return { ok: false, reason: `The file could not be read: ${errorMessage(error)}` };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of chunks) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { ok: true, bytes };
}

function tooLarge(maxBytes: number): ReadInputResult {
  return { ok: false, reason: `The file is larger than ${formatMiB(maxBytes)}, the most Ferry reads for insights.` };
}

function formatMiB(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Math.round(mib)} MiB` : `${bytes} bytes`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
