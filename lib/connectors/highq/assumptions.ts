/**
 * Every HighQ behaviour the connector relies on that `specs/highq-api.md` marks as an assumption
 * (or derives from the docs), in one place. Section numbers refer to that spec.
 */

/** §1: the REST version is a path segment; the client default is 5 (as Simego's connector). */
export const DEFAULT_API_VERSION = 5;

/** §4.2: `GET /sites` lists only the 20 most recent sites unless `filterby=all` is sent. */
export const SITE_LIST_FILTER = "all";

/** §4.2: a site's root folder is its `sitefolderID`. */
export const ROOT_FOLDER_FIELD = "sitefolderID";

/** §4.3, §4.4, §5: `offset` is a 0-based index; `limit` defaults to 100 and may be up to 1000. */
export const PAGE_LIMIT = 1000;

/** §4.4: `q=folderid={id}` selects the files of a folder; the unquoted form is accepted. */
export const filesQuery = (folderId: string) => `folderid=${folderId}`;

/** §2.3: an expired token gets 403 (not 401); refresh once and retry once on 401 and 403. */
export const STALE_TOKEN_STATUSES = new Set([401, 403]);

/** §4.2: site statuses that still serve documents. */
export const READABLE_SITE_STATUSES = new Set(["active", "readonly", "archived"]);

/** §6 known error refs; §4.7 refs 101/102/103 for missing file/folder/site. */
export const ERROR_REFS = {
  apiNotEnabled: 51,
  ipNotRegistered: 53,
  accessDenied: [123, 130],
  invalidToken: 401,
  notFound: [101, 102, 103, 110],
} as const;

/** §3: dates look like `20 Jun 2014 10:06` in UTC; ISO-8601 is accepted as well. */
export const DATE_PATTERN = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** §2.2: the token endpoint wants form fields and answers JSON when asked for it. */
export const TOKEN_PATH = "api/oauth2/token";
export const AUTHORIZE_PATH = "authorize.action";

/** §5: iSheet dates are written in the column's format; the docs' example is `dd.MM.yyyy`. */
export const ISHEET_DATE_WRITE = (year: number, month: string, day: string) => `${day}.${month}.${year}`;

/**
 * §2.1 (no refusal page is documented): the authorize page's refusal is read by status only —
 * 404 means no instance at the configured path, 5xx the instance's own trouble, any other 4xx is
 * explained by the token endpoint, which is assumed to check the client before the grant (RFC 6749
 * §5.2): a made-up code answers `invalid_client`/401 for an unknown client id and `invalid_grant`
 * for a known one (the authorize page then refused the redirect URL). `error=access_denied` on the
 * redirect is a declined consent, not an expiry. (Used by lib/connectors/oauth.ts.)
 */

/**
 * §4.4 (not said either way): two files of one name may share a folder; they are different
 * documents with different ids, so Ferry keys by id and numbers the local names (lib/sync/names.ts).
 */
