import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo } from "@/emulators";
import { makeUser } from "@/test/factories";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { getMyConnection } from "./connections";
import { testConnection } from "./test-connection";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

const [, , chloe, dana] = demo.users;

describe("Test connection", () => {
  it("names the gatekeeper of a restricted exchange, as the sync dialog does", async () => {
    const actor = await makeUser();
    const integrationId = await makeIntegration(emulators, "intralinks");
    await authorise(actor, integrationId, chloe.email);
    const { workspaces } = await testConnection(actor, integrationId, (await getMyConnection(actor, integrationId))!.id);
    const restricted = workspaces.filter((workspace) => workspace.status === "restricted");
    expect(restricted).toEqual([expect.objectContaining({ id: "2003", gatekeepers: [expect.objectContaining({ email: dana.email, name: "Dana Ruiz" })] })]);
  });
});
