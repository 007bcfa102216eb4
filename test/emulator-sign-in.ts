/**
 * Test support: drives an emulator's real OAuth pages over plain HTTP (sign-in form, optional
 * one-time code, consent) the way a browser would, and returns where the remote redirected to.
 */
import type { TokenSet } from "@/lib/connectors/oauth";
import type { TokenSource } from "@/lib/connectors/types";

type Person = { email: string; password: string };

function hiddenFields(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]*)"/i.exec(html)?.[1];
  if (!action) throw new Error(`no form on the authorize page: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/gi)) fields[match[1]] = match[2];
  return { action: action.replace(/&amp;/g, "&"), fields };
}

/** Signs in on the authorize page and answers each step; returns the redirect Location. */
export async function signInOnAuthorizePage(
  authorizeUrl: string,
  person: Person,
  options: { otp?: string; decision?: "allow" | "deny" } = {},
): Promise<URL> {
  let response = await fetch(authorizeUrl, { redirect: "manual" });
  for (let step = 0; step < 5; step++) {
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) return new URL(location, authorizeUrl);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`authorize page answered ${response.status}: ${html.slice(0, 300)}`);
    const { action, fields } = hiddenFields(html);
    const answers: Record<string, string> =
      fields.step === "sign-in"
        ? { email: person.email, password: person.password }
        : fields.step === "two-factor"
          ? { otp: options.otp ?? "" }
          : { decision: options.decision ?? "allow" };
    response = await fetch(new URL(action, authorizeUrl), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, ...answers }),
    });
  }
  throw new Error("the authorize page did not finish within five steps");
}

/** A token source over a token set that refreshes through `refresh`, counting refreshes. */
export class RefreshingTokens implements TokenSource {
  refreshes = 0;

  constructor(
    public current: TokenSet,
    private readonly refresh: (refreshToken: string) => Promise<TokenSet>,
  ) {}

  async getAccessToken(options: { forceRefresh?: boolean } = {}): Promise<string> {
    if (options.forceRefresh || this.current.expiresAt.getTime() <= Date.now()) {
      if (!this.current.refreshToken) throw new Error("no refresh token");
      this.refreshes++;
      this.current = await this.refresh(this.current.refreshToken);
    }
    return this.current.accessToken;
  }
}
