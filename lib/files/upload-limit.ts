import { formatBytes } from "@/lib/format";

/** What a person sees for a file over the limit, in the upload list and from the upload route. */
export const uploadTooLargeMessage = (limit: number) =>
  `The file is larger than the upload limit of ${formatBytes(limit)}. Ask your administrator to raise FERRY_MAX_UPLOAD_BYTES, or split the file.`;

export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(uploadTooLargeMessage(limit));
  }
}

/**
 * Passes a body through until more than `limit` bytes arrived, then fails it with
 * UploadTooLargeError: the store stops reading and removes what it had (uploads without a
 * Content-Length, or with a false one).
 */
export function limitBytes(limit: number): TransformStream<Uint8Array, Uint8Array> {
  let received = 0;
  return new TransformStream({
    transform(chunk, controller) {
      received += chunk.byteLength;
      if (received > limit) controller.error(new UploadTooLargeError(limit));
      else controller.enqueue(chunk);
    },
  });
}
