/**
 * What a person sees of a sync: counts that include subfolders, bars of documents and bytes while it
 * runs, the last run's summary afterwards, relative times with the exact second on hover, and one run
 * (not two) for an activation. Seeds its own people and folders; the HighQ emulator slows one
 * download down so the run is still going when it is looked at.
 */
import { ControlClient } from "@/emulators/shared/control-client";
import { demo } from "@/emulators";
import { chooseOption, signOut } from "./pages";
import { ben } from "./people";
import { expect, signInAs, test } from "./fixtures";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial" });

const highq = new ControlClient(`http://127.0.0.1:${E2E.highqPort}`, E2E.controlToken);
const SITE = { id: 101, name: "Project Atlas – Acquisition" };

test.afterAll(async () => {
  await highq.clearFaults();
});

test("a folder's count includes its subfolders, with its own count beside", async ({ page, world }) => {
  await signInAs(page, world.member);
  await page.goto(`/files?division=${world.division.id}&folder=${world.folders.deals}`);
  await expect(page.getByTestId("folder-document-count")).toHaveText("5 documents · 0 directly in this folder");
  await page.goto(`/files?division=${world.division.id}&folder=${world.folders.borealis}`);
  await expect(page.getByTestId("folder-document-count")).toHaveText("1 document");
});

test("activating a sync shows its progress, then one run's summary", async ({ page, world }) => {
  test.setTimeout(150_000);
  const integration = `HighQ feedback ${world.suffix}`;
  await signInAs(page, world.accountAdmin);
  await page.goto("/settings/integrations");
  await page.getByRole("button", { name: "Create integration" }).click();
  await page.getByLabel("Name").fill(integration);
  await page.getByLabel("Host").fill(`127.0.0.1:${E2E.highqPort}/${demo.highq.instance}`);
  await page.getByLabel("Client ID").fill(demo.highq.clientId);
  await page.getByLabel("Client Secret").fill(demo.highq.clientSecret);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("region", { name: integration })).toBeVisible();
  await signOut(page);

  // Three remote documents, one of which trickles in slowly.
  const remote = await highq.createTopFolder(SITE.id, `Feedback ${world.suffix}`);
  await highq.createFile(remote.id, "Disclosure letter.pdf");
  await highq.createFile(remote.id, "Board minutes.docx");
  const slow = await highq.createFile(remote.id, "Data tape.bin", { size: 240_000 });
  await highq.addFault({ path: `/demo/api/*/files/${slow.id}/content`, kind: "slowBody", bytesPerSecond: 12_000, times: 3 });

  await signInAs(page, world.member);
  await page.goto("/settings/integrations");
  await page.getByRole("region", { name: integration }).getByRole("button", { name: "Authorise" }).click();
  await page.getByLabel(/email/i).fill(ben.email);
  await page.getByLabel(/password/i).fill(ben.password);
  await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
  await page.getByRole("button", { name: /allow/i }).click();
  await expect(page.getByRole("region", { name: integration }).getByTestId("my-authorisation")).toContainText("Authorised as");

  await page.goto(`/files?division=${world.division.id}&folder=${world.folders.templates}`);
  await page.getByRole("button", { name: "Sync Source settings" }).click();
  const dialog = page.getByRole("dialog");
  await chooseOption(page, "Integration", new RegExp(integration));
  await chooseOption(page, "Site", SITE.name);
  await dialog.getByLabel("Remote folder", { exact: true }).fill(`/${remote.name}`);
  await dialog.getByRole("button", { name: "Check folder and preview" }).click();
  await expect(dialog.getByRole("status")).toContainText("3 documents");
  await dialog.getByRole("button", { name: "Activate Sync" }).click();

  // While it runs: two bars with their counts.
  const progress = page.getByRole("status", { name: "Sync progress" });
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(progress.getByRole("progressbar", { name: "Documents synced" })).toBeVisible();
  await expect(progress.getByRole("progressbar", { name: "Bytes synced" })).toBeVisible();
  await expect(progress).toContainText(/\d of 3 documents/);
  await expect(progress).toContainText(/of 2\d\d KB/);

  // Afterwards: the last run's summary, and the next run one interval away.
  const summary = page.getByTestId("last-run");
  await expect(summary).toContainText("Last run completed", { timeout: 60_000 });
  await expect(summary).toContainText("3 new · 0 updated · 0 unchanged");
  const section = page.getByRole("region", { name: "Sync Source" });
  await expect(section.locator("dd").filter({ hasText: /^in / })).toHaveText("in 1 hour");
  await expect(summary.locator("time")).toHaveAttribute("title", /\d{2}:\d{2}:\d{2} UTC$/);

  // Exactly one run for the activation.
  await section.getByRole("button", { name: "History" }).click();
  await expect(page.getByRole("dialog", { name: "Sync history" }).getByRole("row")).toHaveCount(2); // header + one run
  await page.keyboard.press("Escape");

  // The firm-wide overview lists it with its owner and documents.
  await page.goto("/sync");
  const row = page.getByRole("region", { name: "Syncs of your divisions" }).getByRole("row", { name: /Templates/ });
  await expect(row).toContainText("Active");
  await expect(row).toContainText(world.member.name);
  await expect(row.getByRole("cell").nth(5)).toHaveText("3");
});

test("a sync that needs reauthentication tells its owner once, in the notification list", async ({ page, world }) => {
  test.setTimeout(150_000);
  await highq.revokeTokens(ben.email);
  await signInAs(page, world.member);
  await page.goto(`/files?division=${world.division.id}&folder=${world.folders.templates}`);
  await page.getByRole("region", { name: "Sync Source" }).getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByText("Sync started")).toBeVisible();
  await expect(page.getByTestId("sync-status")).toHaveText("Reauthentication required", { timeout: 60_000 });

  // The alert job runs every minute; the bell then counts one unread notification.
  const bell = page.getByRole("complementary", { name: "Sidebar" }).getByRole("button", { name: /^Notifications/ });
  await expect(async () => {
    await page.reload();
    await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 1000 });
  }).toPass({ timeout: 90_000 });
  await bell.click();
  const item = page.getByRole("listitem").filter({ hasText: "“Templates” needs its owner to authorise again" });
  await expect(item).toHaveAttribute("data-unread", "true");
  await item.click();
  await expect(page).toHaveURL(new RegExp(`folder=${world.folders.templates}`));
  await expect(bell).toHaveAccessibleName("Notifications");
});
