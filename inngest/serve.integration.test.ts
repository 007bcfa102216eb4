import { createHmac, randomBytes, randomUUID } from "node:crypto";
import canonicalize from "canonicalize";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncRuns } from "@/lib/db/schema";
import { runRequestFor } from "@/lib/sync/schedule";
import { expectMirrors, syncFixture } from "@/test/sync-fixtures";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";

/**
 * Drives `/api/inngest` — the SDK's own Next.js serve handler, imported from the route module
 * production runs — over real Requests, the way Inngest's executor does in cloud mode: an in-band
 * sync (registration), then a sync run invoked step by step with each step's result sent back.
 * Requests are signed with Inngest's documented scheme (the SDK does not export its signer):
 * `X-Inngest-Signature: t=<unix seconds>&s=<hex HMAC-SHA256(canonical JSON body + t)>`, keyed
 * with the signing key without its `signkey-<env>-` prefix.
 */
const SIGNING_KEY = `signkey-test-${randomBytes(32).toString("hex")}`;
const ORIGIN = "https://ferry.example.test";

type Route = typeof import("@/app/api/inngest/route");
let route: Route;
let emulators: TestEmulators;
const saved = { INNGEST_SIGNING_KEY: process.env.INNGEST_SIGNING_KEY, INNGEST_DEV: process.env.INNGEST_DEV };

beforeAll(async () => {
  process.env.INNGEST_SIGNING_KEY = SIGNING_KEY;
  delete process.env.INNGEST_DEV; // cloud mode: every request must be signed
  route = await import("@/app/api/inngest/route");
  emulators = await startTestEmulators();
});
afterAll(async () => {
  Object.assign(process.env, saved);
  if (saved.INNGEST_DEV === undefined) delete process.env.INNGEST_DEV;
  if (saved.INNGEST_SIGNING_KEY === undefined) delete process.env.INNGEST_SIGNING_KEY;
  await emulators?.close();
});

function sign(body: string, key = SIGNING_KEY, at = Math.round(Date.now() / 1000)): string {
  const hmac = createHmac("sha256", key.replace(/^signkey-\w+-/, "")).update(body + at).digest("hex");
  return `t=${at}&s=${hmac}`;
}

function request(method: "PUT" | "POST", query: string, payload: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/inngest${query}`, { method, body: canonicalize(payload), headers: { "content-type": "application/json", ...headers } });
}

const signed = (method: "PUT" | "POST", query: string, payload: unknown, headers: Record<string, string> = {}, key?: string) =>
  request(method, query, payload, { ...headers, "x-inngest-signature": sign(canonicalize(payload)!, key) });

async function call(handler: Route["PUT"] | Route["POST"], req: Request) {
  const response = await (handler as (req: Request, ctx: unknown) => Promise<Response>)(req, { params: Promise.resolve({}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : null };
}

/** The executor checks that answers come from the app holding the same key. */
function expectSignedAnswer(answer: { headers: Headers; text: string }) {
  const header = new URLSearchParams(answer.headers.get("x-inngest-signature") ?? "");
  const expected = createHmac("sha256", SIGNING_KEY.replace(/^signkey-\w+-/, "")).update(answer.text + header.get("t")).digest("hex");
  expect(header.get("s")).toBe(expected);
}

const IN_BAND = { "x-inngest-sync-kind": "in_band" };

describe("/api/inngest in cloud mode", () => {
  it("registers its functions in-band for a signed sync request and refuses an unsigned one", async () => {
    const unsigned = await call(route.PUT, request("PUT", "", { url: `${ORIGIN}/api/inngest` }, IN_BAND));
    expect(unsigned.status).toBe(401);
    expect(unsigned.text).not.toContain("sync-run");

    const answer = await call(route.PUT, signed("PUT", "", { url: `${ORIGIN}/api/inngest` }, IN_BAND));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-inngest-sync-kind")).toBe("in_band");
    expectSignedAnswer(answer);
    const syncRun = answer.json.functions.find((fn: any) => fn.id === "ferry-sync-run");
    expect(syncRun.triggers).toEqual([{ event: "sync/run.requested" }]);
    expect(syncRun.steps.step.runtime.url).toBe(`${ORIGIN}/api/inngest?fnId=ferry-sync-run&stepId=step`);
    expect(answer.json.inspection).toMatchObject({ authentication_succeeded: true, mode: "cloud", has_signing_key: true });
  });

  it("runs a sync source step by step for signed invocations, and refuses unsigned or wrongly signed ones without running anything", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 6, folders: 1 });
    const event = { name: "sync/run.requested", data: { ...(await runRequestFor(fixture.syncSourceId)), trigger: "manual" }, id: randomUUID(), ts: Date.now() };
    const query = "?fnId=ferry-sync-run&stepId=step";
    const invocation = (steps: Record<string, unknown>) => ({
      version: 1,
      event,
      events: [event],
      steps,
      ctx: { run_id: `run-${randomUUID()}`, attempt: 0, stack: { stack: Object.keys(steps), current: Object.keys(steps).length } },
    });

    const runsOf = () => db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
    const before = await runsOf();
    expect((await call(route.POST, request("POST", query, invocation({})))).status).toBe(401);
    expect((await call(route.POST, signed("POST", query, invocation({}), {}, `signkey-test-${randomBytes(32).toString("hex")}`))).status).toBe(401);
    expect(await runsOf()).toEqual(before);

    // The executor's loop: each 206 names the step the SDK ran and its result; the result goes back as memoised state.
    const steps: Record<string, unknown> = {};
    const ran: string[] = [];
    let final: unknown;
    for (let round = 0; round < 20 && final === undefined; round++) {
      const answer = await call(route.POST, signed("POST", query, invocation(steps)));
      expectSignedAnswer(answer);
      if (answer.status === 200) final = answer.json;
      else {
        expect(answer.status).toBe(206);
        for (const op of answer.json) {
          expect(op.op).toBe("StepRun");
          ran.push(op.displayName ?? op.name);
          steps[op.id] = { type: "data", data: op.data ?? null };
        }
      }
    }
    expect(ran).toEqual(["start", "plan", "download-0", "finish"]);
    expect(final).toMatchObject({ status: "succeeded" });
    const [run] = await runsOf();
    expect(run).toMatchObject({ status: "succeeded", found: 6, newCount: 6 });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });
});
