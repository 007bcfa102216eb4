import { RemoteError, redact, type RemoteErrorCode } from "../errors";
import { asList, isRecord, toNumber, toText } from "../lenient";
import { ERROR_REFS, STALE_TOKEN_STATUSES } from "./assumptions";

export type HighqErrorBody = { summary?: string; ref?: number };

/** Reads `{"error":{summary,ref,link}}`, the flat `{summary,ref}` form, or the XML `<error>` form. */
export function parseHighqError(body: unknown): HighqErrorBody {
  if (typeof body === "string") {
    const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`, "i").exec(body)?.[1];
    return { summary: tag("summary"), ref: toNumber(tag("ref")) };
  }
  if (!isRecord(body)) return {};
  const node = isRecord(body.error) ? body.error : body;
  return { summary: toText(node.summary) ?? toText(node.message), ref: toNumber(node.ref) };
}

export type HighqErrorContext = {
  /** What was being done: decides what a plain "access denied" means. */
  operation: "token" | "user" | "sites" | "site" | "folders" | "files" | "download" | "isheet";
  workspaceId?: string;
  documentId?: string;
};

// The site-level restrictions HighQ reports with the same 403 "Access denied" (spec §4.2); the
// summary text is the only thing that tells them apart.
const RESTRICTION_WORDS: [RegExp, RemoteErrorCode][] = [
  [/password/i, "PASSWORD_PROTECTED_SITE"],
  [/\bIP\b|ip address|ip restrict/i, "IP_RESTRICTED"],
  [/terms|conditions/i, "TERMS_NOT_ACCEPTED"],
  [/two[- ]factor|2fa/i, "TWO_FACTOR"],
  [/\bDRM\b|encrypt/i, "ENCRYPTED_DOCUMENT"],
];

/** Maps a final (non-retried) HighQ error response to a typed error. */
export function highqError(status: number, body: unknown, context: HighqErrorContext): RemoteError {
  const { summary, ref } = parseHighqError(body);
  const details = {
    provider: "highq" as const,
    workspaceId: context.workspaceId,
    documentId: context.documentId,
    remoteMessage: summary ? redact(summary) : undefined,
    remoteCode: ref !== undefined ? String(ref) : undefined,
  };
  const make = (code: RemoteErrorCode, message?: string) => new RemoteError(code, { status, details, message });

  if (ref === ERROR_REFS.ipNotRegistered) return make("IP_RESTRICTED");
  const restriction = summary ? RESTRICTION_WORDS.find(([pattern]) => pattern.test(summary)) : undefined;
  if (restriction && (status === 401 || status === 403)) return make(restriction[1]);
  if (status === 404 || (ref !== undefined && (ERROR_REFS.notFound as readonly number[]).includes(ref))) return make("NOT_FOUND");
  if (status === 401) return make("REAUTH_REQUIRED");
  if (status === 403) {
    if (ref === ERROR_REFS.apiNotEnabled) {
      return new RemoteError("REMOTE_ERROR", { status, details, retryable: false, message: "The HighQ API is not enabled for this instance or account." });
    }
    return make(context.operation === "download" ? "NO_DOWNLOAD_PERMISSION" : "WORKSPACE_NOT_ACCESSIBLE");
  }
  return new RemoteError("REMOTE_ERROR", { status, details, retryable: status >= 500 });
}

/**
 * Whether an answer may be a stale token (spec §2.3: 401, or 403 for an expired one). An iSheet
 * validation 403 and the instance-wide IP refusal are not, so they are never resent.
 */
export function mayBeStaleToken(status: number, body: unknown): boolean {
  if (!STALE_TOKEN_STATUSES.has(status) || isValidationBody(body)) return false;
  return parseHighqError(body).ref !== ERROR_REFS.ipNotRegistered;
}

/** The 403 body of an iSheet write whose values failed validation (spec §5). */
export function isValidationBody(body: unknown): boolean {
  return isRecord(body) && isRecord(body.items);
}

export function parseValidationErrors(body: unknown): { columnId: string; message: string }[] {
  if (!isRecord(body) || !isRecord(body.items)) return [];
  return asList(body.items.item).flatMap((item) =>
    asList(isRecord(item.columns) ? item.columns.column : undefined)
      .filter((column) => toText(column.status)?.toUpperCase() !== "SUCCESS")
      .map((column) => ({ columnId: toText(column.columnid) ?? "", message: toText(column.message) ?? "Invalid value" })),
  );
}
