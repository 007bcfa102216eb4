import { RemoteError, redact, type Gatekeeper, type RemoteErrorCode } from "../errors";
import { asList, isRecord, toNumber, toText, type Json } from "../lenient";
import { SUBCODES } from "./assumptions";

export type IntralinksFault = { code?: number; subcode?: string; message?: string; gatekeepers: Gatekeeper[] };

/**
 * Finds an error in any of the body shapes Intralinks uses (spec §6): `errors[0]`, else `error`,
 * else `fault`, else a non-2xx `status` node, else the XML `<xmlResponse>` form. Returns `null`
 * for a success body, which matters because errors also arrive with HTTP 200.
 */
export function parseIntralinksFault(body: unknown): IntralinksFault | null {
  if (typeof body === "string") {
    const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`, "i").exec(body)?.[1];
    const code = toNumber(tag("code"));
    const subcode = tag("subcode");
    if (code === undefined && subcode === undefined) return null;
    return { code, subcode, message: tag("message") ?? tag("description"), gatekeepers: [] };
  }
  if (!isRecord(body)) return null;
  const status = isRecord(body.status) ? body.status : undefined;
  const node: Json | undefined =
    asList(body.errors)[0] ??
    (isRecord(body.error) ? body.error : undefined) ??
    (isRecord(body.fault) ? body.fault : undefined) ??
    (status && (toNumber(status.code) ?? 200) >= 300 ? status : undefined);
  if (node) {
    return {
      code: toNumber(node.code),
      subcode: toText(node.subCode) ?? toText(node.subcode),
      message: toText(node.message) ?? toText(node.description) ?? toText(node.faultstring),
      gatekeepers: parseGatekeepers(body.gatekeepers),
    };
  }
  if (typeof body.ErrorCode === "string") return { message: toText(body.Error) ?? body.ErrorCode, subcode: body.ErrorCode, gatekeepers: [] };
  return null;
}

export function parseGatekeepers(value: unknown): Gatekeeper[] {
  return asList(value).map((g) => ({
    name: [toText(g.firstName), toText(g.lastName)].filter(Boolean).join(" ") || (toText(g.emailId) ?? "Gatekeeper"),
    email: toText(g.emailId) ?? toText(g.email) ?? "",
    ...(toText(g.organization) ? { organization: toText(g.organization) } : {}),
  }));
}

export type IntralinksErrorContext = {
  operation: "user" | "workspaces" | "enter" | "folders" | "documents" | "download";
  workspaceId?: string;
  documentId?: string;
};

/** Maps a final Intralinks error (HTTP status and/or fault in the body) to a typed error. */
export function intralinksError(httpStatus: number, fault: IntralinksFault | null, context: IntralinksErrorContext): RemoteError {
  const status = fault?.code ?? httpStatus;
  const details = {
    provider: "intralinks" as const,
    workspaceId: context.workspaceId,
    documentId: context.documentId,
    remoteMessage: fault?.message ? redact(fault.message) : undefined,
    remoteCode: fault?.subcode,
    ...(fault?.gatekeepers.length ? { gatekeepers: fault.gatekeepers } : {}),
  };
  const make = (code: RemoteErrorCode) => new RemoteError(code, { status, details });
  switch (fault?.subcode) {
    case SUBCODES.sessionElsewhere:
      return make("SESSION_CONFLICT");
    case SUBCODES.badCredentials:
      return make("INVALID_CREDENTIALS");
    case SUBCODES.gatekeeper:
      return make("EXCHANGE_ACCESS_RESTRICTED");
    case SUBCODES.notFound:
      return make("NOT_FOUND");
  }
  if (status === 401) return make("REAUTH_REQUIRED");
  if (status === 404) return make("NOT_FOUND");
  if (status === 403) return make(context.operation === "download" ? "NO_DOWNLOAD_PERMISSION" : "WORKSPACE_NOT_ACCESSIBLE");
  return new RemoteError("REMOTE_ERROR", { status, details, retryable: status >= 500 });
}
