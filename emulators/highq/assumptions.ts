/**
 * HighQ contract choices that specs/highq-api.md marks "assumption", gathered in one place so a
 * correction is a one-line change. Values marked "seen" are facts from the spec's sources.
 */
export const HIGHQ = {
  // assumption (spec §1): any integer API version 1..30 is served with the shapes of the spec; others 404
  versions: { min: 1, max: 30 },
  lifetimes: {
    // assumption (spec §2.2): default access-token lifetime 5 h (18000 s)
    accessSeconds: 18_000,
    // seen (spec §2.2): refresh token valid one year
    refreshSeconds: 31_536_000,
    // seen (spec §2.1): an authorization code is valid 30 minutes
    codeSeconds: 1_800,
  },
  // seen (spec §4.2): filterby defaults to "recent" and returns the first 20 only
  sitesDefaultCount: 20,
  // assumption (spec §4.3, §4.4, §5): offset is a 0-based index, default limit 100, max 1000
  page: { defaultLimit: 100, maxLimit: 1000 },
  // assumption (spec §2.2): token endpoint errors (no source shows them)
  tokenErrors: {
    invalidClient: { status: 401, body: { error: "invalid_client" } },
    invalidGrant: (description: string) => ({ status: 400, body: { error: "invalid_grant", error_description: description } }),
    unsupportedGrant: { status: 400, body: { error: "unsupported_grant_type" } },
  },
  // REST error summaries and refs (spec §2.3, §4.7, §6). Refs 101/102/103 and 123-for-expired are assumptions.
  errors: {
    notAuthorised: { status: 401, ref: 401, summary: "Not authorised" },
    expired: { status: 403, ref: 123, summary: "Access denied" },
    accessDenied: { status: 403, ref: 123, summary: "Access denied" },
    ipNotRegistered: { status: 401, ref: 53, summary: "Caller IP address is not registered" },
    fileMissing: { status: 404, ref: 101, summary: "File does not exist" },
    folderMissing: { status: 404, ref: 102, summary: "Folder does not exist" },
    siteMissing: { status: 404, ref: 103, summary: "Site does not exist" },
    userMissing: { status: 404, ref: 110, summary: "User does not exist" },
    badOffset: { status: 400, ref: 106, summary: "Invalid offset" },
    badLimit: { status: 400, ref: 107, summary: "Invalid limit" },
    bodyMissing: { status: 400, ref: 74, summary: "Request body is missing" },
    rateLimited: { status: 429, ref: 429, summary: "Too many requests" },
    // assumption (spec §5): refs for missing iSheets and items
    sheetMissing: { status: 404, ref: 104, summary: "iSheet does not exist" },
    itemMissing: { status: 404, ref: 105, summary: "iSheet item does not exist" },
    notAcceptable: { status: 406, ref: 406, summary: "Only application/json is served by the emulator" },
  },
  // assumption (spec §4.2): a site with a password, IP restriction, terms or DRM answers 403 ref 123
  // on folder/file calls; the summary names the reason so the app can tell them apart
  siteRestrictionSummary: {
    password: "Access denied: this site is protected by a site password",
    ip: "Access denied: this site only accepts requests from registered IP addresses",
    terms: "Access denied: the site's terms and conditions have not been accepted",
    drm: "Access denied: documents on this site are protected by DRM",
  },
  // assumption (spec §2.1 shows no refusal page): the wording of a refusal page is not a contract;
  // the `plainRefusalPages` switch answers every authorize refusal with this page (same status)
  plainRefusal: { title: "Error", message: "We could not process your request. Please contact your system administrator." },
  // assumption (spec §2.1, RFC 6749 §5.2): the token endpoint checks the client before the grant,
  // so a made-up code tells an unknown client (invalid_client) from a known one (invalid_grant)
  // assumption: two files of one name in one folder are allowed (POST /_control/files with a name
  // already used creates a second file); listings keep equal names in a stable order
  // assumption (emulator): how the authorize page reports the troubleshooting conditions to the redirect URI
  authorizeRefusals: {
    sessionConflict: { error: "session_conflict", description: "An active HighQ session conflicts with this sign-in. Sign out of HighQ in all tabs and try again." },
    twoFactor: { error: "two_factor_interrupted", description: "Two-factor authentication interrupted the authorization request." },
  },
  // assumption (spec §3): JSON drops the XML wrapper; this is the set of list keys the
  // "one-item list as object" quirk applies to
  listKeys: ["site", "folder", "file", "isheet", "column", "isheetview", "item", "choice", "lookup", "isheetitem", "headcolumn"],
  // assumption (spec §5): date columns read back as ISO date + time; written as dd.MM.yyyy or ISO
  dateWriteFormats: [/^(\d{2})\.(\d{2})\.(\d{4})$/, /^(\d{4})-(\d{2})-(\d{2})$/],
  // assumption (spec §5): a create/update call is all-or-nothing; duplicate externalids are allowed
  // assumption (spec §5): the columns endpoint also lists a choice column's options, so clients can write by id
  // assumption (spec §4.5): `name` is the title without extension; `type` is the extension
  nameWithoutExtension: true,
} as const;

export type SiteRestriction = keyof typeof HIGHQ.siteRestrictionSummary;
