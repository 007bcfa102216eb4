/**
 * Intralinks contract choices that specs/intralinks-api.md marks "assumption", in one place so a
 * correction is a one-line change. Values marked "seen" are facts from the spec's sources.
 */
export const INTRALINKS = {
  lifetimes: {
    // seen (spec §2.3): access token 60 min, refresh token 30 days
    accessSeconds: 3_600,
    refreshSeconds: 2_592_000,
    // seen (spec §2.2): an authorization code lives 20 seconds
    codeSeconds: 20,
  },
  // seen (spec §3): the envelope of successful resource answers
  okStatus: { code: 200, message: "Request completed fine, no errors" },
  v2Errors: {
    // seen (spec §2.4, §6): bad or wrong-version key at v2 token/authorize
    invalidKey: (key: string) => ({ ErrorCode: "invalid_request", Error: `invalid or null consumer key: ${key}`, Hint: "Check the API key and the auth API version (v2/v3) it was issued for" }),
    // assumption (spec §2.2): a redirect_uri that differs from the registered one
    redirectMismatch: (uri: string) => ({ ErrorCode: "invalid_request", Error: `redirect_uri does not match the registered callback URL: ${uri}`, Hint: "Register this callback URL with Intralinks" }),
    // assumption (troubleshooting "callback URL not registered"): no callback URL on the app
    redirectNotRegistered: (key: string) => ({ ErrorCode: "invalid_request", Error: `no callback URL is registered for consumer key: ${key}`, Hint: "Include the callback URL in the API key request" }),
    // assumption (spec §2.2): wrong secret, bad/used/expired code or refresh token, grant not enabled
    invalidClient: (key: string) => ({ ErrorCode: "invalid_client", Error: `client authentication failed for consumer key: ${key}`, Hint: "Check the API key and API secret" }),
    invalidGrant: (what: string) => ({ ErrorCode: "invalid_grant", Error: what, Hint: "Sign in again" }),
    unsupportedGrant: (grant: string) => ({ ErrorCode: "unsupported_grant_type", Error: `grant type not enabled for this application: ${grant}`, Hint: "" }),
  },
  // assumption: the body of any authorize refusal under the `plainRefusalPages` switch (status kept)
  plainRefusal: (status: number) => ({ errors: [{ code: status, subCode: String(status), message: "Request rejected" }] }),
  // assumption (spec §6 "errors with HTTP 200"): a transient 400/3-1 inside a 200 on a valid call,
  // answered by the `errorIn200` fault (INTRALINKS.notFound's body)
  // assumption: two documents of one name in one folder are allowed (POST /_control/files)
  // seen (spec §2.4) for invalid_client; the other v3 subcodes are assumptions
  v3Error: (code: number, subCode: string, message: string) => ({ errors: [{ code, subCode, message }] }),
  // seen (spec §2.5): bad credentials 017, session ended elsewhere 018
  badCredentials: { error: { code: 403, message: "Invalid user credentials", subcode: "017" } },
  endedElsewhere: { error: { code: 403, message: "Your session has ended because you logged in elsewhere.", subcode: "018" } },
  // assumption (spec §2.5): a new login while another session is live and concurrent logins are disallowed
  concurrentLogin: { error: { code: 403, message: "User is already logged in elsewhere; sign in with endOtherSessions=true to end the other session.", subcode: "018" } },
  // seen (spec §6): 401 body; subcode 1-1-3-2 for an invalid/expired session (seen: sdk comment)
  invalidToken: (token: string) => ({ status: "Unauthorized", error: { code: 401, description: `invalid access token: Bearer ${token}`, subcode: "1-1-3-2" } }),
  // seen (spec §6): unknown id or no access are indistinguishable
  notFound: { status: { code: 400, subcode: "3-1", message: "Cannot find entity in repository" }, errors: [{ code: 400, subCode: "3-1", message: "Cannot find entity in repository" }] },
  // seen (spec §3.2)
  notEntered: { errors: [{ code: 303, subCode: "1", message: "Workspace entrance requirements not met." }] },
  // assumption (spec §4): gatekeeper restriction
  restricted: (gatekeepers: unknown[]) => ({
    status: { code: 403, subcode: "3-4", message: "Access to this workspace is restricted by your Access Gatekeeper" },
    errors: [{ code: 403, subCode: "3-4", message: "Access to this workspace is restricted by your Access Gatekeeper" }],
    gatekeepers,
  }),
  // assumption (spec §3.2): POST splash without accepting a required splash
  splashNotAccepted: { errors: [{ code: 400, subCode: "3-2", message: "The workspace splash screen must be accepted" }] },
  // assumption (spec §3.6): bad paging values
  badPaging: { errors: [{ code: 400, subCode: "3-3", message: "offset and limit must be non-negative integers" }] },
  // assumption (spec §6): rate limiting
  rateLimited: { errors: [{ code: 429, subCode: "rate_limited", message: "Too many requests" }] },
  // seen (spec §5, §6): viewer-only download and server errors answer 500 with an XML body, subcode 999
  serverErrorXml: (errorId: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><xmlResponse><status><code>500</code><message>An unexpected exception occurred. Please contact support and provide the error id ${errorId}</message><subcode>999</subcode><errorId>${errorId}</errorId></status></xmlResponse>`,
  // assumption (spec §3.2): security levels a splash POST can satisfy without a human; others answer a challenge state
  entryState: (securityLevel: number, now = new Date()) =>
    securityLevel === 1 || (securityLevel === 7 && now.getUTCDay() % 6 !== 0)
      ? "ALLOW"
      : [4, 6].includes(securityLevel)
        ? "ONE_TIME_PASSWORD"
        : [2, 3, 5].includes(securityLevel)
          ? "SECURITY_QUESTION"
          : "NOT_ALLOWED",
  // assumption (spec §3.2): every workspace must be entered with POST splash, once per access token
  // assumption (spec §3.4): protection of documents in a workspace with encryption switched on
  encryptedWorkspaceDrm: "NOSAVE",
  // assumption (spec §2.4): v3 clients pass endOtherSessions inside `data`
} as const;
