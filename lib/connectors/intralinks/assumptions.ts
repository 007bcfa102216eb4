/**
 * Every Intralinks behaviour the connector relies on that `specs/intralinks-api.md` marks as an
 * assumption (or reads from samples), in one place. Section numbers refer to that spec.
 */

/** §1: production hosts; v3 IAM lives on the newer "apps" platform (the production name is assumed). */
export const PRODUCTION_HOSTS = { v2: "https://api.intralinks.com", v3: "https://apps.intralinks.com" } as const;

/** §1, §2.2, §2.4: auth endpoint paths per auth version. */
export const AUTH_PATHS = {
  v2: { authorize: "/v2/oauth/authorize", token: "/v2/oauth/token", tokenInfo: "/v2/oauth/tokeninfo" },
  v3: { authorize: "/v3/apis/il-iam/oauth/authorize", token: "/v3/apis/il-iam/oauth/token" },
} as const;

/** §2.5: never end the user's other sessions unless they asked to (re-authorising does). */
export const END_OTHER_SESSIONS_DEFAULT = false;

/** §3.2: content calls answer 303 until the exchange is entered (once per session/token). */
export const NOT_ENTERED_STATUS = 303;
export const SPLASH_ACCEPT_BODY = { acceptSplash: true };
export const SPLASH_ALLOWED_STATE = "ALLOW";

/** §3.2: splash states that need a person at the keyboard. */
export const PERSON_SPLASH_STATES = new Set(["ONE_TIME_PASSWORD", "OTP_DELIVERY_OPTION", "SECURITY_QUESTION", "CONTENT_DECLARATION_REQUIRED"]);

/** §3.2: security levels a background connector can pass (7 = no weekend access). */
export const UNATTENDED_SECURITY_LEVELS = new Set([1, 7]);
export const WEEKDAYS_ONLY_SECURITY_LEVEL = 7;

/** §3.2: only OPEN exchanges are synced; HOLD is reported as on hold. */
export const SYNCABLE_PHASE = "OPEN";
export const HOLD_PHASE = "HOLD";

/** §3.3: top-level folders omit `parentId`; the samples stand in -1 for the exchange root. */
export const ROOT_FOLDER_ID = "-1";

/** §3.6: `limit` makes the emulator page (with a `paging` node); the real API may send all at once. */
export const PAGE_LIMIT = 1000;

/** §5: `drm` values; anything but NONE is protected. */
export const DRM_NONE = "NONE";
export const PROTECTED_HEADER = "x-intralinks-protected";

/** §2.5, §4, §6: subcodes with a meaning of their own. */
export const SUBCODES = {
  badCredentials: "017",
  sessionElsewhere: "018",
  invalidSession: "1-1-3-2",
  notFound: "3-1",
  gatekeeper: "3-4",
  protectedDownload: "999",
} as const;

/**
 * §2.4: keys belong to one auth version, and each version's authorize endpoint refuses keys it does
 * not know (v2: 400 "invalid or null consumer key"; v3: 401 invalid_client) instead of showing a
 * login page. Asking the other version's endpoint tells a wrong version from a wrong key. Both
 * families are assumed to be served by the configured host (as the emulator does).
 */
export const UNKNOWN_KEY = { v2: { status: 400, message: /invalid or null consumer key/i }, v3: { status: 401 } } as const;

/** §3.4 (assumption): `?folderId=` narrows the document list to one folder. */
export const DOCUMENTS_FOLDER_FILTER = "folderId";

/**
 * §6: "Cannot find entity" (3-1) means an unknown id or no access, and is also seen inside a 200
 * on valid calls that succeed when repeated. It is asked again this many times (doubling from the
 * delay below), and a 3-1 that persists on an exchange still in the caller's exchange list is
 * treated as transient: only an exchange missing from that list is "not found". A download's 3-1
 * is checked against the folder's document list (the document gone → not found).
 */
export const NOT_FOUND_TRIES = 3;
export const NOT_FOUND_RETRY_MS = 500;

/**
 * §2.2/§2.4: an authorize refusal (any 4xx) is explained by a token request with a made-up code
 * for the same keys: the unknown-key answers above mean wrong keys or version, `invalid_grant`
 * means the keys are known (the callback URL was refused). The refusal's wording is not used
 * (lib/connectors/oauth.ts).
 */

/** §3.4 (not said either way): two documents of one name may share a folder; ids tell them apart (lib/sync/names.ts). */
