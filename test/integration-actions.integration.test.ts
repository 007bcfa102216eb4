import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { integrations } from "@/lib/db/schema";
import { makeUser, unique } from "./factories";

// As in actions.integration.test.ts: only the Next.js request context is replaced.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/lib/actions/integrations/integrations");
const { listIntegrations } = await import("@/lib/integrations/integrations");

// Ends in letters that no uuid, timestamp or host in the listing can contain by chance.
const SECRET = "s3cret-value-that-must-never-leave-qzxw";
const highq = (name: string, clientSecret = SECRET) => ({
  provider: "highq" as const,
  name,
  type: "sync" as const,
  host: "https://Company.HighQ.com/lawfirm/",
  clientId: "1012",
  clientSecret,
});

let connectorAdmin: Actor;
let member: Actor;
let integrationId: string;

beforeAll(async () => {
  connectorAdmin = await makeUser({ isConnectorAdmin: true });
  member = await makeUser();
  signedIn = connectorAdmin;
  const created = await actions.createIntegrationAction(highq(unique("HighQ")));
  if (!created.ok) throw new Error(created.error);
  integrationId = created.data.integrationId;
});

beforeEach(() => {
  signedIn = member;
});

describe("integration administration", () => {
  it("normalises the host and shows the stored value back", async () => {
    signedIn = connectorAdmin;
    const result = await actions.createIntegrationAction(highq(unique("HighQ")));
    expect(result).toMatchObject({ ok: true, data: { host: "company.highq.com/lawfirm" } });
  });

  it("refuses a member creating, editing or deleting integrations", async () => {
    const forbidden = { ok: false, error: "Only account or connector administrators can manage integrations." };
    expect(await actions.createIntegrationAction(highq(unique("Rogue")))).toEqual(forbidden);
    expect(await actions.updateIntegrationAction({ ...highq("Renamed", "new-secret-1234"), integrationId })).toEqual(forbidden);
    expect(await actions.deleteIntegrationAction({ integrationId })).toEqual(forbidden);
  });

  it("never gives anyone any part of the secret: only when and by whom it was set", async () => {
    for (const actor of [member, connectorAdmin]) {
      const views = await listIntegrations(actor);
      const serialised = JSON.stringify(views);
      // Not even its last characters.
      for (let length = 4; length <= SECRET.length; length++) expect(serialised).not.toContain(SECRET.slice(-length));
    }
    // Managers see when and by whom it was set; members not even that.
    expect((await listIntegrations(connectorAdmin)).find((view) => view.id === integrationId)?.admin).toMatchObject({ secretSetAt: expect.any(Date), secretSetBy: connectorAdmin.email });
    expect((await listIntegrations(member)).find((view) => view.id === integrationId)?.admin).toBeNull();
    const [row] = await db.select().from(integrations).where(eq(integrations.id, integrationId));
    expect(row.clientSecretEncrypted).not.toContain(SECRET);
  });

  it("keeps the stored secret when an edit leaves it empty, and replaces it when one is typed", async () => {
    signedIn = connectorAdmin;
    const name = unique("Editable");
    const created = await actions.createIntegrationAction(highq(name));
    if (!created.ok) throw new Error(created.error);
    const id = created.data.integrationId;
    expect(await actions.updateIntegrationAction({ ...highq(name, ""), integrationId: id })).toMatchObject({ ok: true });
    const [kept] = await db.select().from(integrations).where(eq(integrations.id, id));
    expect(decryptSecret(kept.clientSecretEncrypted)).toBe(SECRET);
    expect(await actions.updateIntegrationAction({ ...highq(name, "replacement-secret-9999"), integrationId: id })).toMatchObject({ ok: true });
    const [replaced] = await db.select().from(integrations).where(eq(integrations.id, id));
    expect(decryptSecret(replaced.clientSecretEncrypted)).toBe("replacement-secret-9999");
    // Replacing it records when and by whom; keeping it changes neither.
    expect(replaced.secretSetAt.getTime()).toBeGreaterThan(kept.secretSetAt.getTime());
    expect(replaced.secretSetBy).toBe(connectorAdmin.id);
  });

  it("explains what cannot be a host", async () => {
    signedIn = connectorAdmin;
    const result = await actions.createIntegrationAction({ ...highq(unique("Bad")), host: "company.highq.com/a/b" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { host: [expect.stringMatching(/at most one path segment/)] } });
    const missingSecret = await actions.createIntegrationAction(highq(unique("NoSecret"), ""));
    expect(missingSecret).toEqual({ ok: false, error: "Enter the Client Secret." });
  });

  it("tests only the caller's own authorisation", async () => {
    expect(await actions.testConnectionAction({ integrationId })).toEqual({
      ok: false,
      error: "Authorise this integration with your own account first, then test it.",
    });
  });
});
