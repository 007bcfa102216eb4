/**
 * A member syncs a remote folder of each provider into Ferry and keeps it up to date. Seeds its own
 * people and the two integrations (made by its administrator); the member authorises in the flow.
 */
import { expect, signInAs, test, type Page } from "./fixtures";
import { ControlClient } from "@/emulators/shared/control-client";
import { chooseOption } from "./pages";
import { ben } from "./people";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial" });

const providers = [
  {
    provider: "HighQ",
    control: new ControlClient(`http://127.0.0.1:${E2E.highqPort}`, E2E.controlToken),
    container: 101,
    workspaceLabel: "Site",
    workspace: "Project Atlas – Acquisition",
  },
  {
    provider: "Intralinks",
    control: new ControlClient(`http://127.0.0.1:${E2E.intralinksPort}`, E2E.controlToken),
    container: 2002,
    workspaceLabel: "Exchange",
    workspace: "Quayside Refinancing",
  },
] as const;

/** The emulator's sign-in and consent pages, as a person uses them. */
async function signInRemotely(page: Page) {
  await page.getByLabel(/email/i).fill(ben.email);
  await page.getByLabel(/password/i).fill(ben.password);
  await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
  await page.getByRole("button", { name: /allow/i }).click();
}

const documentRow = (page: Page, name: string) => page.getByRole("table").getByRole("row", { name: new RegExp(name) });

for (const setup of providers) {
  test(`${setup.provider}: a folder syncs, keeps up with changes, and survives expired tokens`, async ({ page, world, integrations }) => {
    test.setTimeout(180_000);
    const integration = integrations[setup.provider];
    // A remote folder with three documents, made through the emulator's control API.
    const remote = await setup.control.createTopFolder(setup.container, `Closing set ${setup.provider}`);
    const nda = await setup.control.createFile(remote.id, "Mutual NDA.pdf");
    const letter = await setup.control.createFile(remote.id, "Engagement letter.docx");
    await setup.control.createFile(remote.id, "Schedule 4.bin", { size: 200_000 });

    await signInAs(page, world.member);
    await page.getByRole("button", { name: "New folder" }).click();
    await page.getByLabel("Folder name").fill(`From ${setup.provider}`);
    await page.getByRole("button", { name: "Create folder" }).click();
    await expect(page.getByRole("region", { name: `Upload files to From ${setup.provider}` })).toBeVisible();
    const filesUrl = page.url();

    // Configure: the member has not authorised this integration yet, so the dialog sends them there and back.
    await page.getByRole("button", { name: "Sync Source settings" }).click();
    await chooseOption(page, "Integration", new RegExp(integration));
    await page.getByRole("link", { name: `Authorise ${integration}` }).click();
    await page.getByRole("region", { name: integration }).getByRole("button", { name: "Authorise" }).click();
    await signInRemotely(page);
    // Back in the same dialog, with the integration chosen.
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("combobox", { name: "Integration" })).toContainText(integration);
    await chooseOption(page, setup.workspaceLabel, setup.workspace);
    await dialog.getByLabel("Remote folder", { exact: true }).fill(`/Closing set ${setup.provider}`);
    await dialog.getByRole("button", { name: "Check folder and preview" }).click();
    await expect(dialog.getByRole("status")).toContainText("3 documents");
    await dialog.getByRole("button", { name: "Activate Sync" }).click();

    // The documents arrive.
    await expect(documentRow(page, "Mutual NDA.pdf")).toBeVisible({ timeout: 60_000 });
    await expect(documentRow(page, "Engagement letter.docx")).toBeVisible();
    await expect(documentRow(page, "Schedule 4.bin")).toContainText("195 KB");
    await expect(page.getByTestId("sync-status")).toHaveText("Active");

    // Changes at the source: one added, one changed, one deleted.
    await setup.control.createFile(remote.id, "Side letter.pdf");
    await setup.control.updateFile(nda.id, { change: true });
    await setup.control.deleteFile(letter.id);
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(documentRow(page, "Side letter.pdf")).toBeVisible({ timeout: 60_000 });
    await expect(documentRow(page, "Mutual NDA.pdf")).toContainText("v2");
    await expect(documentRow(page, "Engagement letter.docx")).toContainText("Removed at source");
    await expect(documentRow(page, "Schedule 4.bin")).toBeVisible();

    // The remote revokes Ferry's tokens: the sync pauses and asks for the person.
    await setup.control.revokeTokens(ben.email);
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByTestId("sync-status")).toHaveText("Reauthentication required", { timeout: 60_000 });
    await page.getByRole("link", { name: "Authorise again" }).click();
    await page.getByRole("region", { name: integration }).getByRole("button", { name: /authorise/i }).click();
    await signInRemotely(page);
    await expect(page).toHaveURL(/\/files\?/);
    await page.goto(filesUrl);

    // Re-authorised, it carries on by itself with what changed meanwhile.
    await setup.control.createFile(remote.id, "Completion memo.pdf");
    // The next scheduled tick (every minute) notices the new authorisation; a person reloads to see it.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId("sync-status").textContent();
        },
        { timeout: 120_000, intervals: [5_000] },
      )
      .toBe("Active");
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(documentRow(page, "Completion memo.pdf")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(6);
  });
}
