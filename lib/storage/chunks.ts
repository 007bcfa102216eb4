import { Readable } from "node:stream";

/** Reads a Node or web stream chunk by chunk (`undefined` at the end); `cancel` stops and releases it. */
export function chunksOf(body: Readable | ReadableStream<Uint8Array>): { next(): Promise<Uint8Array | undefined>; cancel(reason?: unknown): Promise<void> } {
  if (body instanceof Readable) {
    const iterator = body[Symbol.asyncIterator]();
    return {
      next: async () => {
        const { done, value } = await iterator.next();
        return done ? undefined : (value as Uint8Array);
      },
      cancel: async () => void body.destroy(),
    };
  }
  const reader = body.getReader();
  return {
    next: async () => {
      const { done, value } = await reader.read();
      return done ? undefined : value;
    },
    cancel: (reason) => reader.cancel(reason).catch(() => undefined),
  };
}
