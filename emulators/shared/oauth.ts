/** OAuth state common to both emulators: registered clients, codes, token pairs, sessions. */
import { randomBytes } from "node:crypto";

export interface OAuthClient {
  id: string;
  secret: string;
  name: string;
  /** HighQ: an empty list accepts any redirect_uri. Intralinks: an empty list means "not registered". */
  redirectUris: string[];
  /** Intralinks only: the auth API version the keys belong to */
  authVersion?: "v2" | "v3";
  allowRefresh?: boolean;
  allowClientCredentials?: boolean;
  /** user a client_credentials token (v3) acts as */
  serviceEmail?: string;
}

export interface Lifetimes {
  accessSeconds: number;
  refreshSeconds: number;
  codeSeconds: number;
}

export interface CodeGrant {
  code: string;
  clientId: string;
  email: string;
  redirectUri: string | null;
  expiresAt: number;
  used: boolean;
  extra: Record<string, string>;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  clientId: string;
  email: string;
  /** a login session; refreshes continue the session, a new sign-in starts another */
  sessionId: string;
  accessExpiresAt: number;
  refreshExpiresAt: number;
  /** why the pair stopped working before its time */
  ended?: "revoked" | "rotated" | "ended-elsewhere";
  issuedAt: number;
}

export type AccessCheck =
  | { status: "ok"; pair: TokenPair }
  | { status: "expired" | "revoked" | "ended-elsewhere"; pair: TokenPair }
  | { status: "unknown" };

const token = (bytes = 24) => randomBytes(bytes).toString("base64url");

export class OAuthStore {
  readonly clients = new Map<string, OAuthClient>();
  private codes = new Map<string, CodeGrant>();
  private byAccess = new Map<string, TokenPair>();
  private byRefresh = new Map<string, TokenPair>();

  constructor(public lifetimes: Lifetimes) {}

  issueCode(clientId: string, email: string, redirectUri: string | null, extra: Record<string, string> = {}): string {
    const code = token(18);
    this.codes.set(code, { code, clientId, email, redirectUri, expiresAt: Date.now() + this.lifetimes.codeSeconds * 1000, used: false, extra });
    return code;
  }

  /** Single use: a second redemption fails even if the first one failed for another reason. */
  redeemCode(code: string, clientId: string): CodeGrant | "invalid" | "expired" | "used" {
    const grant = this.codes.get(code);
    if (!grant || grant.clientId !== clientId) return "invalid";
    if (grant.used) return "used";
    grant.used = true;
    if (Date.now() >= grant.expiresAt) return "expired";
    return grant;
  }

  issue(clientId: string, email: string, sessionId = token(9)): TokenPair {
    const now = Date.now();
    const pair: TokenPair = {
      accessToken: token(),
      refreshToken: token(),
      clientId,
      email,
      sessionId,
      accessExpiresAt: now + this.lifetimes.accessSeconds * 1000,
      refreshExpiresAt: now + this.lifetimes.refreshSeconds * 1000,
      issuedAt: now,
    };
    this.byAccess.set(pair.accessToken, pair);
    this.byRefresh.set(pair.refreshToken, pair);
    return pair;
  }

  /** Refresh-token rotation: the old pair stops working, the session continues. */
  refresh(refreshToken: string, clientId: string): TokenPair | "invalid" | "expired" {
    const old = this.byRefresh.get(refreshToken);
    if (!old || old.clientId !== clientId || old.ended) return "invalid";
    if (Date.now() >= old.refreshExpiresAt) return "expired";
    old.ended = "rotated";
    return this.issue(clientId, old.email, old.sessionId);
  }

  pairForRefresh(refreshToken: string): TokenPair | undefined {
    return this.byRefresh.get(refreshToken);
  }

  check(accessToken: string | undefined): AccessCheck {
    const pair = accessToken ? this.byAccess.get(accessToken) : undefined;
    if (!pair) return { status: "unknown" };
    if (pair.ended === "revoked" || pair.ended === "ended-elsewhere") return { status: pair.ended, pair };
    if (pair.ended === "rotated") return { status: "revoked", pair };
    if (Date.now() >= pair.accessExpiresAt) return { status: "expired", pair };
    return { status: "ok", pair };
  }

  private pairsOf(email: string): TokenPair[] {
    const e = email.toLowerCase();
    return [...this.byAccess.values()].filter((p) => p.email.toLowerCase() === e && !p.ended);
  }

  /** Access tokens of the user stop working as expired (refresh tokens still work). */
  expireUser(email: string): number {
    const pairs = this.pairsOf(email);
    for (const p of pairs) p.accessExpiresAt = 0;
    return pairs.length;
  }

  /** Both tokens of every pair of the user stop working. */
  revokeUser(email: string): number {
    const pairs = this.pairsOf(email);
    for (const p of pairs) p.ended = "revoked";
    return pairs.length;
  }

  revokeToken(accessOrRefresh: string): boolean {
    const pair = this.byAccess.get(accessOrRefresh) ?? this.byRefresh.get(accessOrRefresh);
    if (!pair || pair.ended) return false;
    pair.ended = "revoked";
    return true;
  }

  /** Live sessions of a user other than `exceptSession` (used for concurrent-login rules). */
  otherSessions(email: string, exceptSession?: string): string[] {
    const now = Date.now();
    return [...new Set(this.pairsOf(email).filter((p) => p.sessionId !== exceptSession && now < p.refreshExpiresAt).map((p) => p.sessionId))];
  }

  endSessions(email: string, exceptSession?: string): void {
    for (const p of this.pairsOf(email)) if (p.sessionId !== exceptSession) p.ended = "ended-elsewhere";
  }
}
