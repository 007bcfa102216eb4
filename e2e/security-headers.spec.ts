/**
 * The headers of every kind of response `next start` gives: pages (signed in and out, redirects),
 * Auth.js routes, API routes, a download and the upload route (which bypasses proxy.ts).
 * Seeds its own account administrator.
 */
import { randomUUID } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

type Route = { name: string; page: boolean; send: (request: APIRequestContext, headers?: Record<string, string>) => Promise<APIResponse> };

const routes: Route[] = [
  { name: "sign-in page", page: true, send: (r, headers) => r.get("/sign-in", { headers }) },
  { name: "protected page (redirect)", page: true, send: (r, headers) => r.get("/files", { headers, maxRedirects: 0 }) },
  { name: "missing page", page: true, send: (r, headers) => r.get("/no-such-page", { headers, maxRedirects: 0 }) },
  { name: "Auth.js session route", page: true, send: (r, headers) => r.get("/auth/session", { headers }) },
  { name: "OAuth callback route", page: true, send: (r, headers) => r.get("/auth/callback", { headers, maxRedirects: 0 }) },
  { name: "health", page: false, send: (r, headers) => r.get("/api/health", { headers }) },
  { name: "download", page: false, send: (r, headers) => r.get(`/api/documents/${randomUUID()}/download`, { headers }) },
  { name: "upload", page: false, send: (r, headers) => r.put(`/api/folders/${randomUUID()}/upload?name=a.txt`, { headers, data: "x" }) },
  { name: "jobs endpoint", page: false, send: (r, headers) => r.get("/api/inngest", { headers }) },
];

function nonceOf(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

for (const route of routes) {
  test(`${route.name}: security headers, and HSTS only over https`, async ({ request }) => {
    const response = await route.send(request);
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    if (route.page) {
      expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    } else {
      expect(policy).toContain("default-src 'none'");
    }
    const overHttps = await route.send(request, { "x-forwarded-proto": "https" });
    expect(overHttps.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });
}

test("each page gets its own nonce and Next.js puts it on every script", async ({ request }) => {
  const [first, second] = await Promise.all([request.get("/sign-in"), request.get("/sign-in")]);
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toBeDefined();
  expect(nonce).not.toBe(nonceOf(second.headers()["content-security-policy"]));
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("signed-in pages run under the policy and cannot be framed", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  const response = await page.goto("/settings/divisions");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  // The app is interactive, so its scripts ran under the nonce (the fixture fails on any violation).
  await expect(page.getByRole("heading", { name: "Divisions" })).toBeVisible();
});
