import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog, documents, memberships, syncSources } from "@/lib/db/schema";
import { storeUpload } from "@/lib/files/documents";
import { createFolder } from "@/lib/files/folders";
import { makeDivision, makeUser, refresh, unique } from "@/test/factories";
import { createIntegration, deleteIntegration, listIntegrations } from "./integrations";

describe("deleting an integration that syncs use", () => {
  it("names the syncs, stops them with a recorded reason and keeps every document", async () => {
    const admin = await makeUser({ isAccountAdmin: true });
    const member = await makeUser();
    const division = await makeDivision([{ actor: member, role: "member" }]);
    const actor = await refresh(member);
    const folderId = await createFolder(actor, { divisionId: division.id, parentId: null, name: "Deal room" });
    const { documentId } = await storeUpload(actor, { folderId, filename: "spa.pdf", body: Readable.from([Buffer.from("%PDF")]) });
    const integrationId = await createIntegration(admin, { provider: "highq", name: unique("HighQ"), type: "sync", host: "x.highq.com/x", clientId: "1", clientSecret: "secret-1234" });
    await db.insert(syncSources).values({
      divisionId: division.id,
      folderId,
      integrationId,
      ownerId: member.id,
      workspaceId: "101",
      workspaceName: "Project Atlas",
      remoteRootFolderId: "1",
      remoteRootPath: "/",
    });

    // An account administrator outside the division sees that it uses the integration, not which folder or workspace.
    const view = (await listIntegrations(admin)).find((integration) => integration.id === integrationId);
    expect(view?.admin?.syncs).toHaveLength(1);
    expect(view?.admin?.syncs[0]).toContain(division.name);
    expect(view?.admin?.syncs[0]).not.toMatch(/Deal room|Project Atlas/);
    await db.insert(memberships).values({ divisionId: division.id, userId: admin.id, role: "member" });
    const asMember = (await listIntegrations(await refresh(admin))).find((integration) => integration.id === integrationId);
    expect(asMember?.admin?.syncs).toEqual([`${division.name} / Deal room ← Project Atlas`]);

    await deleteIntegration(admin, integrationId);
    expect(await db.select().from(syncSources).where(eq(syncSources.folderId, folderId))).toEqual([]);
    expect(await db.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId))).toEqual([{ id: documentId }]);
    const [stop] = await db.select().from(auditLog).where(and(eq(auditLog.action, "sync.stopped"), eq(auditLog.divisionId, division.id)));
    expect(stop.summary).toMatch(/stopped because the integration .* was deleted; its documents were kept/);
  });

  it("gives people who do not manage integrations only the name, host and their own authorisation", async () => {
    const admin = await makeUser({ isAccountAdmin: true });
    const member = await makeUser();
    const integrationId = await createIntegration(admin, { provider: "highq", name: unique("HighQ"), type: "sync", host: "x.highq.com/x", clientId: "client-id-4821", clientSecret: "secret-1234" });
    const view = (await listIntegrations(member)).find((integration) => integration.id === integrationId);
    expect(view).toMatchObject({ name: expect.any(String), host: "x.highq.com/x", admin: null, mine: { status: "not_authorised" } });
    expect(JSON.stringify(view)).not.toContain("client-id-4821");
    expect((await listIntegrations(admin)).find((integration) => integration.id === integrationId)?.admin?.clientId).toBe("client-id-4821");
  });
});
