/**
 * Failures of the blob store that an IT administrator can act on (docs/errors.md, "Blob store").
 * Messages name the bucket and the setting to change, never a credential.
 */
export type BlobStoreErrorCode =
  | "BUCKET_NOT_FOUND"
  | "STORE_ACCESS_DENIED"
  | "STORE_UNREACHABLE"
  | "BLOB_NOT_FOUND"
  | "BLOB_INTEGRITY"
  | "BLOB_TOO_LARGE";

export class BlobStoreError extends Error {
  constructor(
    readonly code: BlobStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "BlobStoreError";
  }
}

export const isBlobStoreError = (error: unknown, code?: BlobStoreErrorCode): error is BlobStoreError =>
  error instanceof BlobStoreError && (code === undefined || error.code === code);

type SdkError = { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };

/** Turns an S3 SDK or network failure into a BlobStoreError that says what to fix. */
export function toBlobStoreError(error: unknown, where: { bucket: string; endpoint: string; key?: string }): unknown {
  if (error instanceof BlobStoreError) return error;
  const sdk = (error ?? {}) as SdkError;
  const status = sdk.$metadata?.httpStatusCode;
  const name = sdk.name ?? "";
  if (name === "NoSuchBucket")
    return new BlobStoreError(
      "BUCKET_NOT_FOUND",
      `The S3 bucket "${where.bucket}" does not exist at ${where.endpoint}. Create it, or set FERRY_S3_BUCKET (and FERRY_S3_ENDPOINT / FERRY_S3_REGION) to an existing one.`,
      { cause: error },
    );
  if (name === "NoSuchKey" || (status === 404 && where.key))
    return new BlobStoreError("BLOB_NOT_FOUND", `The stored bytes of this document are missing from bucket "${where.bucket}".`, { cause: error });
  if (status === 403 || ["AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "CredentialsProviderError"].includes(name))
    return new BlobStoreError(
      "STORE_ACCESS_DENIED",
      `The S3 service refused Ferry's credentials for bucket "${where.bucket}". Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and that the key may read and write the bucket.`,
      { cause: error },
    );
  const network = sdk.code ?? (error as { cause?: SdkError })?.cause?.code;
  if (network && ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN"].includes(network))
    return new BlobStoreError("STORE_UNREACHABLE", `Ferry cannot reach the S3 service at ${where.endpoint} (${network}). Check FERRY_S3_ENDPOINT and the network.`, {
      cause: error,
    });
  return error;
}
