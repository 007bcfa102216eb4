/**
 * The OAuth redirect proxy for preview deployments, end to end with the real HighQ emulator and
 * Postgres: two Ferry deployments (a preview and the stable one the remote has registered) are
 * two sets of settings and two cookie jars in this process, each calling the real callback route.
 * Only the Next.js request context (cookies, headers, revalidation) is replaced.
 */
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { demo } from "@/emulators";
import { signInOnAuthorizePage } from "./emulator-sign-in";
import { makeUser } from "./factories";
import { makeIntegration, PERSON_PASSWORD, startTestEmulators, type TestEmulators } from "./remote-connections";

const STABLE = "http://ferry.localhost:3200";
const PREVIEW = "http://ferry-git-feature-firm.localhost:3201";
const STABLE_CALLBACK = `${STABLE}/auth/callback`;
const SESSION_COOKIE = "authjs.session-token";

// One browser with a cookie jar per origin, as browsers keep them; `at` is the deployment being called.
const browser = vi.hoisted(() => ({ at: "", jars: new Map<string, Map<string, string>>() }));
const jarOf = (origin: string) => browser.jars.get(origin) ?? browser.jars.set(origin, new Map()).get(origin)!;
const cookieHeader = (origin: string) => [...jarOf(origin)].map(([name, value]) => `${name}=${value}`).join("; ");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({
  cookies: async () => {
    const jar = jarOf(browser.at);
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => jar.set(name, value),
      delete: (name: string) => jar.delete(name),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    };
  },
  headers: async () => new Headers({ host: new URL(browser.at).host, "x-forwarded-proto": "http", cookie: cookieHeader(browser.at) }),
}));

const { GET } = await import("@/app/auth/callback/route");
const { startAuthorisation } = await import("@/lib/integrations/oauth-flow");
const { outgoingState } = await import("@/lib/integrations/redirect-proxy");
const { getMyConnection } = await import("@/lib/integrations/connections");

const PROXY_SECRET = "a-secret-the-stable-deployment-and-previews-share";

/** Calls as the given deployment, with its settings. */
function at(origin: string) {
  browser.at = origin;
  process.env.FERRY_APP_URL = origin;
  process.env.FERRY_REDIRECT_PROXY_SECRET = PROXY_SECRET;
  if (origin === STABLE) {
    delete process.env.FERRY_REDIRECT_PROXY_URL;
    process.env.FERRY_PREVIEW_ORIGINS = "http://ferry-*-firm.localhost:3201";
  } else {
    process.env.FERRY_REDIRECT_PROXY_URL = STABLE_CALLBACK;
    delete process.env.FERRY_PREVIEW_ORIGINS;
  }
}

/** The browser following the callback URL to `url`, with that origin's cookies. */
const visit = (url: string | URL) => {
  const origin = new URL(url).origin;
  at(origin);
  return GET(new NextRequest(url, { headers: { cookie: cookieHeader(origin) } }));
};

let emulators: TestEmulators;
let person: Actor;
let integrationId: string;
const saved = { ...process.env };

beforeAll(async () => {
  emulators = await startTestEmulators([STABLE_CALLBACK]);
  integrationId = await makeIntegration(emulators, "highq");
});

beforeEach(async () => {
  browser.jars.clear();
  person = await makeUser();
  // Signed in on the preview only: the stable deployment does not know this person.
  const session = await encode({ token: { sub: person.id }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE });
  jarOf(PREVIEW).set(SESSION_COOKIE, session);
});

afterAll(async () => {
  process.env = saved;
  await emulators.close();
});

/** Starts authorising on the preview and signs in on the emulator; returns the remote's redirect. */
async function remoteAnswer(): Promise<URL> {
  at(PREVIEW);
  const start = await startAuthorisation(person, { integrationId, returnTo: "/files" });
  if (!start.redirectTo) throw new Error(`the preflight refused: ${start.problem?.title}`);
  const authorize = new URL(start.redirectTo);
  // The remote is sent the registered (stable) callback, and the state names the preview.
  expect(authorize.searchParams.get("redirect_uri")).toBe(STABLE_CALLBACK);
  expect(authorize.searchParams.get("state")).toMatch(/^ferry-proxy\./);
  return signInOnAuthorizePage(start.redirectTo, { email: demo.users[0].email, password: PERSON_PASSWORD });
}

describe("OAuth on a preview deployment through the stable deployment's callback", () => {
  it("forwards the preview's flow back to it, where it is finished and stored", async () => {
    const answer = await remoteAnswer();
    expect(answer.origin).toBe(STABLE);
    expect(answer.searchParams.get("code")).toBeTruthy();

    const forwarded = await visit(answer);
    expect(forwarded.status).toBe(302);
    const location = new URL(forwarded.headers.get("location")!);
    // Code and state untouched; nothing exchanged or stored by the stable deployment.
    expect(`${location.origin}${location.pathname}`).toBe(`${PREVIEW}/auth/callback`);
    expect(location.search).toBe(answer.search);
    expect(forwarded.headers.getSetCookie()).toEqual([]);
    expect(await getMyConnection(person, integrationId)).toBeNull();

    const finished = await visit(location);
    expect(finished.headers.get("location")).toBe(`${PREVIEW}/files?authorised=${integrationId}`);
    const connection = await getMyConnection(person, integrationId);
    expect(connection).toMatchObject({ remoteEmail: demo.users[0].email.toLowerCase() });
  });

  it("refuses to forward a flow started on an origin that is not a trusted preview", async () => {
    at("http://ferry-evil.localhost:3201");
    process.env.FERRY_REDIRECT_PROXY_URL = STABLE_CALLBACK;
    const state = outgoingState("auth-js-state");
    const refused = await visit(`${STABLE_CALLBACK}?code=a-real-code&state=${encodeURIComponent(state)}`);
    expect(refused.headers.get("location")).toBe(`${STABLE}/auth/refused?reason=untrusted`);
  });

  it("refuses a state whose origin was changed, and a preview that receives it stores nothing", async () => {
    const answer = await remoteAnswer();
    const [prefix, payload, signature] = answer.searchParams.get("state")!.split(".");
    const envelope = JSON.parse(Buffer.from(payload, "base64url").toString()) as { origin: string; state: string };
    const steered = Buffer.from(JSON.stringify({ ...envelope, origin: "http://ferry-other-firm.localhost:3201" })).toString("base64url");
    const tampered = new URL(answer);
    tampered.searchParams.set("state", [prefix, steered, signature].join("."));
    expect((await visit(tampered)).headers.get("location")).toBe(`${STABLE}/auth/refused?reason=tampered`);

    // The same answer sent straight to the preview with a forged signature is refused there too.
    const forged = new URL(`${PREVIEW}/auth/callback${answer.search}`);
    forged.searchParams.set("state", [prefix, payload, "forged"].join("."));
    expect((await visit(forged)).headers.get("location")).toBe(`${PREVIEW}/auth/refused?reason=tampered`);
    expect(await getMyConnection(person, integrationId)).toBeNull();
  });
});
