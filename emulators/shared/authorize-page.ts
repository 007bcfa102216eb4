/**
 * The browser part of OAuth: a real HTML sign-in form, an optional two-factor step and a consent
 * step. Both emulators drive it with their own checks; everything posts back to the authorize URL.
 */
import { randomBytes } from "node:crypto";
import type { Ctx } from "./http";

export interface AuthorizeRequest {
  clientId: string;
  clientName: string;
  redirectUri: string;
  state?: string;
  /** emulator-specific values carried to the code (e.g. Intralinks endOtherSessions) */
  extra: Record<string, string>;
}

export type Refusal = { error: string; description: string };

export interface AuthorizeHooks {
  brand: string;
  authenticate(email: string, password: string): boolean;
  /** after a correct password: ask for a one-time code, refuse, or go on to consent */
  afterSignIn(req: AuthorizeRequest, email: string): "two-factor" | Refusal | null;
  /** after a correct one-time code: refuse or go on to consent */
  afterTwoFactor(req: AuthorizeRequest, email: string): Refusal | null;
  twoFactorCode: string;
  issueCode(req: AuthorizeRequest, email: string): string;
}

interface Pending {
  req: AuthorizeRequest;
  stage: "sign-in" | "two-factor" | "consent";
  email?: string;
  expiresAt: number;
}

const PENDING_MS = 15 * 60_000;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(brand: string, title: string, inner: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} – ${esc(brand)} (emulator)</title>
<style>body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0}main{max-width:380px;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
label{display:block;margin:.8rem 0 .3rem}input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1rem}.error{color:#b00020}.note{color:#555;font-size:.85rem}</style></head>
<body><main><h1>${esc(brand)}</h1><h2>${esc(title)}</h2>${inner}<p class="note">Local emulator – not the real service.</p></main></body></html>`;
}

export function errorPage(brand: string, status: number, title: string, message: string) {
  return { status, html: page(brand, title, `<p class="error" role="alert">${esc(message)}</p>`) };
}

export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const u = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, v);
  return u.toString();
}

export class AuthorizeFlow {
  private pending = new Map<string, Pending>();

  constructor(private readonly hooks: AuthorizeHooks) {}

  /** GET authorize with a valid request: show the sign-in form. */
  start(ctx: Ctx, req: AuthorizeRequest): Promise<void> {
    const id = randomBytes(12).toString("base64url");
    this.pending.set(id, { req, stage: "sign-in", expiresAt: Date.now() + PENDING_MS });
    return this.render(ctx, id, 200);
  }

  /** POST authorize: one step of the form. */
  async post(ctx: Ctx): Promise<void> {
    const form = await ctx.form();
    const id = form.get("pending") ?? "";
    const p = this.pending.get(id);
    const { brand } = this.hooks;
    if (!p || Date.now() > p.expiresAt) {
      const e = errorPage(brand, 400, "Sign-in expired", "This sign-in request is unknown or has expired. Start again from the application.");
      return ctx.sendHtml(e.status, e.html);
    }
    const step = form.get("step");
    if (p.stage === "sign-in" && step === "sign-in") {
      const email = (form.get("email") ?? "").trim();
      if (!this.hooks.authenticate(email, form.get("password") ?? "")) return this.render(ctx, id, 401, "Incorrect email address or password.");
      p.email = email;
      const next = this.hooks.afterSignIn(p.req, email);
      if (next === "two-factor") p.stage = "two-factor";
      else if (next) return this.finish(ctx, id, { error: next.error, error_description: next.description });
      else p.stage = "consent";
      return this.render(ctx, id, 200);
    }
    if (p.stage === "two-factor" && step === "two-factor" && p.email) {
      if ((form.get("otp") ?? "").trim() !== this.hooks.twoFactorCode) return this.render(ctx, id, 401, "That code is not valid.");
      const refusal = this.hooks.afterTwoFactor(p.req, p.email);
      if (refusal) return this.finish(ctx, id, { error: refusal.error, error_description: refusal.description });
      p.stage = "consent";
      return this.render(ctx, id, 200);
    }
    if (p.stage === "consent" && step === "consent" && p.email) {
      if (form.get("decision") !== "allow") return this.finish(ctx, id, { error: "access_denied" });
      return this.finish(ctx, id, { code: this.hooks.issueCode(p.req, p.email) });
    }
    return this.render(ctx, id, 400, "Unexpected step; please continue with the form below.");
  }

  private finish(ctx: Ctx, id: string, params: Record<string, string>): Promise<void> {
    const p = this.pending.get(id)!;
    this.pending.delete(id);
    return ctx.redirect(redirectWith(p.req.redirectUri, { ...params, state: p.req.state }));
  }

  private render(ctx: Ctx, id: string, status: number, error?: string): Promise<void> {
    const p = this.pending.get(id)!;
    const { brand } = this.hooks;
    const action = esc(ctx.url.pathname);
    const hidden = `<input type="hidden" name="pending" value="${esc(id)}"><input type="hidden" name="step" value="${p.stage}">`;
    const err = error ? `<p class="error" role="alert">${esc(error)}</p>` : "";
    let inner: string;
    if (p.stage === "sign-in") {
      inner = `${err}<form method="post" action="${action}">${hidden}
<label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`;
    } else if (p.stage === "two-factor") {
      inner = `${err}<p>Enter the code from your authenticator app.</p><form method="post" action="${action}">${hidden}
<label for="otp">Verification code</label><input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" required>
<button type="submit">Verify</button></form>`;
    } else {
      inner = `${err}<p><strong>${esc(p.req.clientName)}</strong> wants to access your ${esc(brand)} content as <strong>${esc(p.email ?? "")}</strong>.</p>
<form method="post" action="${action}">${hidden}
<button type="submit" name="decision" value="allow">Allow</button> <button type="submit" name="decision" value="deny">Deny</button></form>`;
    }
    const title = p.stage === "sign-in" ? "Sign in" : p.stage === "two-factor" ? "Two-step verification" : "Allow access";
    return ctx.sendHtml(status, page(brand, title, inner));
  }
}
