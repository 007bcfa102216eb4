/**
 * Typed errors raised by the remote connectors and OAuth helpers.
 *
 * Every failure a user can meet against HighQ or Intralinks has a stable `code`; the UI shows the
 * catalogue's title, message and resolution. Messages are written for an IT administrator at a law
 * firm and never contain tokens, secrets or raw remote bodies (remote text goes to `details`,
 * redacted).
 */

export type RemoteProvider = "highq" | "intralinks";

export type Gatekeeper = { name: string; email: string; organization?: string };

export type RemoteErrorDetails = {
  provider?: RemoteProvider;
  host?: string;
  gatekeepers?: Gatekeeper[];
  workspaceId?: string;
  documentId?: string;
  path?: string;
  /** iSheet column messages, keyed by column id. */
  columns?: { columnId: string; message: string }[];
  /** What the remote said, with anything token-like removed. */
  remoteMessage?: string;
  remoteCode?: string;
};

type CatalogueEntry = {
  title: string;
  /** `{service}` is replaced by "HighQ" / "Intralinks" when the provider is known. */
  message: string;
  resolution: string;
  retryable: boolean;
};

export const ERROR_CATALOGUE = {
  HOST_UNREACHABLE: {
    title: "Cannot reach the remote service",
    message:
      "Ferry could not connect to {service}, so no access token could be obtained. The host name may be wrong, the instance may be down, or a custom domain or network rule may block Ferry.",
    resolution:
      "Check the host in the integration settings (for HighQ: hostname/instance, e.g. company.highq.com/company) and make sure the instance is reachable from Ferry's network.",
    retryable: true,
  },
  CALLBACK_MISMATCH: {
    title: "OAuth redirect URL not accepted",
    message:
      "{service} refused to send you back to Ferry because the redirect (callback) URL registered for the API application does not match Ferry's.",
    resolution:
      "Register exactly <app origin>/auth/callback as the redirect URL. In HighQ (System admin → API application registration) you can also leave the Redirect URL empty. For Intralinks, make sure this callback URL was included in the API key request.",
    retryable: false,
  },
  SESSION_CONFLICT: {
    title: "Another remote session is active",
    message:
      "{service} ended or refused the session because the same account is signed in elsewhere (concurrent logins are not allowed).",
    resolution:
      "Log out of {service} in all browser tabs, then authorise again. For Intralinks, re-authorising ends the other sessions (endOtherSessions).",
    retryable: false,
  },
  TWO_FACTOR: {
    title: "Two-factor authentication interrupted sign-in",
    message: "{service} asked for a two-factor authentication step that interrupted the authorisation.",
    resolution:
      "Complete the authorisation in a clean browser session (private window, signed out of {service}), or ask your {service} administrator to relax two-factor authentication during setup.",
    retryable: false,
  },
  PASSWORD_PROTECTED_SITE: {
    title: "Site requires a site password",
    message: "This HighQ site is protected by an extra site password, so its documents cannot be read through the API.",
    resolution: "Ask the site administrator to remove the site password, or choose another site.",
    retryable: false,
  },
  IP_RESTRICTED: {
    title: "Access blocked by IP restriction",
    message: "{service} only accepts connections from registered IP addresses, and Ferry's address is not one of them.",
    resolution: "Ask your {service} administrator to allow external access from Ferry's IP addresses.",
    retryable: false,
  },
  TERMS_NOT_ACCEPTED: {
    title: "Terms and conditions not accepted",
    message: "This site requires you to accept its terms and conditions before its documents can be read.",
    resolution: "Log in to {service} in the browser, open the site and accept the terms, then run the sync again.",
    retryable: false,
  },
  WORKSPACE_NOT_ACCESSIBLE: {
    title: "No access to this workspace",
    message: "Your {service} account does not have permission to open this workspace or folder.",
    resolution: "Ask the workspace administrator to give your account access, or choose a workspace you can open.",
    retryable: false,
  },
  WRONG_AUTH_VERSION: {
    title: "Wrong Intralinks auth API version",
    message: "Intralinks did not accept the API key for the selected Auth API version (v2 or v3).",
    resolution:
      "Edit the integration and select the Auth API version the keys were issued for: v3 for credentials issued after February 2024, v2 for older ones.",
    retryable: false,
  },
  INVALID_CREDENTIALS: {
    title: "Client ID or secret rejected",
    message: "{service} rejected the integration's client credentials (HighQ Client ID / Client Secret, Intralinks API Key / API Secret).",
    resolution: "Copy the credentials again from {service} and update the integration.",
    retryable: false,
  },
  EXCHANGE_ACCESS_RESTRICTED: {
    title: "Exchange access restricted",
    message: "Access to this Intralinks exchange is restricted by an Access Gatekeeper.",
    resolution: "Request access from the gatekeeper named here; the exchange will be synced after access is granted.",
    retryable: false,
  },
  ENCRYPTED_DOCUMENT: {
    title: "Document is encrypted",
    message: "This document is protected (encrypted / IRM) by {service} and cannot be synced as a readable file.",
    resolution: "Ask the site or exchange manager to remove protection (DRM / IRM) from the document if it should be synced. Other documents are not affected.",
    retryable: false,
  },
  ISHEET_NOT_CONFIGURED: {
    title: "iSheet reporting not configured",
    message: "There is no HighQ integration target or no report mapping for this report.",
    resolution: "Add a HighQ integration target in Division Settings → Integration Targets and map the report's fields to iSheet columns.",
    retryable: false,
  },
  REAUTH_REQUIRED: {
    title: "Reauthentication required",
    message: "Your {service} authorisation has expired or was revoked and could not be renewed.",
    resolution: "Authorise the integration again; paused syncs resume afterwards.",
    retryable: false,
  },
  ACCESS_NOT_GRANTED: {
    title: "Access not granted",
    message: "The authorisation was declined on {service}'s consent page, so Ferry was not given access.",
    resolution: "Authorise the integration again and choose Allow on {service}'s page. If your organisation must approve the application first, ask your {service} administrator.",
    retryable: false,
  },
  RATE_LIMITED: {
    title: "Rate limited",
    message: "{service} is limiting how many requests Ferry may send.",
    resolution: "No action needed: Ferry waits and tries again.",
    retryable: true,
  },
  EXCHANGE_NEEDS_PERSON: {
    title: "Exchange needs you to sign in",
    message: "This exchange asks for a security question or one-time password each time it is opened, which a background sync cannot answer.",
    resolution: "Ask the exchange manager to lower the exchange's security level for this account, or choose another exchange.",
    retryable: false,
  },
  EXCHANGE_ON_HOLD: {
    title: "Exchange on hold",
    message: "This exchange is on hold or not open, so its documents cannot be read.",
    resolution: "Wait until the exchange manager reopens the exchange; the sync resumes then.",
    retryable: false,
  },
  NO_DOWNLOAD_PERMISSION: {
    title: "No download permission",
    message: "Your {service} account may view this document but not download it.",
    resolution: "Ask the workspace administrator for download permission on the document or its folder.",
    retryable: false,
  },
  NOT_FOUND: {
    title: "Not found",
    message: "The workspace, folder or document no longer exists in {service}, or your account cannot see it.",
    resolution: "Check the name or path, and that your account can see it in {service}.",
    retryable: false,
  },
  VALIDATION_FAILED: {
    title: "iSheet rejected a value",
    message: "HighQ rejected one or more values written to the iSheet.",
    resolution: "Check the report mapping: each field must match the iSheet column's type and required settings.",
    retryable: false,
  },
  REMOTE_ERROR: {
    title: "Remote service error",
    message: "{service} returned an unexpected error.",
    resolution: "Try again later. If it keeps happening, contact your {service} administrator with the time of the error.",
    retryable: true,
  },
} as const satisfies Record<string, CatalogueEntry>;

export type RemoteErrorCode = keyof typeof ERROR_CATALOGUE;

const SERVICE_NAMES: Record<RemoteProvider, string> = { highq: "HighQ", intralinks: "Intralinks" };

export function serviceName(provider?: RemoteProvider): string {
  return provider ? SERVICE_NAMES[provider] : "the remote service";
}

export type RemoteErrorOptions = {
  /** Replaces the catalogue message; must be user-facing and secret-free. */
  message?: string;
  status?: number;
  retryable?: boolean;
  retryAfterMs?: number;
  details?: RemoteErrorDetails;
  cause?: unknown;
};

export class RemoteError extends Error {
  readonly code: RemoteErrorCode;
  readonly title: string;
  readonly resolution: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly status?: number;
  readonly details: RemoteErrorDetails;

  constructor(code: RemoteErrorCode, options: RemoteErrorOptions = {}) {
    const entry: CatalogueEntry = ERROR_CATALOGUE[code];
    const details = options.details ?? {};
    const fill = (text: string) => text.replaceAll("{service}", serviceName(details.provider));
    super(fill(options.message ?? messageWithDetails(entry.message, details)), { cause: options.cause });
    this.name = "RemoteError";
    this.code = code;
    this.title = entry.title;
    this.resolution = fill(entry.resolution);
    this.retryable = options.retryable ?? entry.retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
    this.details = details;
  }

  /** Plain data for job results, logs and server-action answers (no stack, no cause). */
  toJSON(): RemoteErrorData {
    return {
      name: "RemoteError",
      code: this.code,
      title: this.title,
      message: this.message,
      resolution: this.resolution,
      retryable: this.retryable,
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
      ...(this.status !== undefined ? { status: this.status } : {}),
      details: this.details,
    };
  }
}

export type RemoteErrorData = {
  name: "RemoteError";
  code: RemoteErrorCode;
  title: string;
  message: string;
  resolution: string;
  retryable: boolean;
  retryAfterMs?: number;
  status?: number;
  details: RemoteErrorDetails;
};

export function isRemoteError(error: unknown, code?: RemoteErrorCode): error is RemoteError {
  return error instanceof RemoteError && (code === undefined || error.code === code);
}

// Gatekeepers are the one detail the user must act on, so they belong in the message itself.
function messageWithDetails(message: string, details: RemoteErrorDetails): string {
  const gatekeepers = details.gatekeepers ?? [];
  if (gatekeepers.length === 0) return message;
  const names = gatekeepers.map((g) => `${g.name} <${g.email}>${g.organization ? ` (${g.organization})` : ""}`);
  return `${message} Gatekeeper${names.length > 1 ? "s" : ""}: ${names.join(", ")}.`;
}

const TOKENISH = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\b(access_token|refresh_token|client_secret|code|token)=([^&\s"']+)/gi,
  /"(access_token|refresh_token|client_secret|accessToken|refreshToken)"\s*:\s*"[^"]*"/gi,
];

/** Removes anything token-like from remote text before it is kept in `details`. */
export function redact(text: string): string {
  return TOKENISH.reduce(
    (out, pattern) =>
      out.replace(pattern, (match, name: string) =>
        match.startsWith('"') ? `"${name}":"[redacted]"` : match.includes("=") ? `${name}=[redacted]` : `${name} [redacted]`,
      ),
    text,
  ).slice(0, 500);
}
