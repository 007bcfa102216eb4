/**
 * iSheet reporting end to end: an administrator authorises HighQ, adds an integration target, maps
 * insight fields to the iSheet's columns and runs the report; rows are checked through the HighQ
 * emulator's own API. Needs the local job runner in the stack (extraction and report runs are jobs).
 * Seeds its own division without documents (so the report holds only what this file uploads), its
 * administrator and a HighQ integration nobody has authorised yet.
 */
import { expect, signInAs, test, type Page, type SeededWorld } from "./fixtures";
import { demo } from "@/emulators";
import { signInThroughAuthorizePage } from "@/emulators/shared/browser";
import { corpusSpecs } from "@/test/insights-corpus/corpus";
import { renderSpec } from "@/test/insights-corpus/render";
import { chooseOption } from "./pages";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial" });
test.use({ worldDocuments: false });

const FOLDER = "Templates";
const alice = demo.users[0];
const highqRoot = `http://127.0.0.1:${E2E.highqPort}/${demo.highq.instance}/`;

/** Rows of the emulator's "Document report" iSheet, read through HighQ's REST API as Alice. */
async function isheetRows(): Promise<{ itemid: number; externalid?: string; column: { attributecolumnid: number; rawdata: { value?: string } }[] }[]> {
  const redirectUri = `${E2E.appUrl}/auth/callback`;
  const authorize = new URL("authorize.action", highqRoot);
  for (const [key, value] of Object.entries({ response_type: "code", client_id: demo.highq.clientId, redirect_uri: redirectUri, state: "e2e" })) authorize.searchParams.set(key, value);
  const step = await signInThroughAuthorizePage(authorize.toString(), { email: alice.email, password: alice.password });
  const code = new URL(step.location ?? "http://x/").searchParams.get("code");
  if (!code) throw new Error(`The emulator gave no code (${step.status})`);
  const token = await fetch(new URL("api/oauth2/token", highqRoot), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri, client_id: demo.highq.clientId, client_secret: demo.highq.clientSecret }),
  }).then((response) => response.json() as Promise<{ access_token: string }>);
  const items = await fetch(new URL("api/5/isheet/301/items?sheetviewid=401&limit=1000&offset=0", highqRoot), {
    headers: { authorization: `Bearer ${token.access_token}`, accept: "application/json" },
  }).then((response) => response.json() as Promise<{ isheet: { data: { item?: unknown } } }>);
  const list = items.isheet.data.item;
  return (Array.isArray(list) ? list : list ? [list] : []) as Awaited<ReturnType<typeof isheetRows>>;
}

const contracts = corpusSpecs()
  .filter((spec) => spec.format === "pdf" && ["NDA", "Services agreement"].includes(spec.expected.documentType))
  .slice(0, 2);

async function upload(page: Page, world: SeededWorld, files: { name: string; buffer: Buffer }[]) {
  await page.goto("/files");
  await chooseOption(page, "Division", world.division.name);
  await page.getByRole("link", { name: FOLDER }).click();
  await page.getByLabel("Choose files to upload").setInputFiles(files.map((file) => ({ ...file, mimeType: "application/pdf" })));
  await expect(page.getByRole("list", { name: "Uploads" }).getByText("Uploaded")).toHaveCount(files.length);
}

async function openInsights(page: Page, world: SeededWorld) {
  await page.goto("/insights");
  await chooseOption(page, "Division", world.division.name);
  await expect(page.getByRole("heading", { name: "Insights" })).toBeVisible();
}

test("without a target the Insights page explains how to set reporting up", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  await openInsights(page, world);
  await expect(page.getByText("iSheet reporting is not set up for this division")).toBeVisible();
  await expect(page.getByRole("link", { name: "Division Settings → Integration Targets" })).toBeVisible();
});

test("uploaded contracts get their fields extracted in the background", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  await upload(page, world, await Promise.all(contracts.map(async (spec) => ({ name: spec.filename, buffer: Buffer.from((await renderSpec(spec)).bytes) }))));
  await openInsights(page, world);
  for (const spec of contracts) {
    const row = page.getByRole("row", { name: new RegExp(spec.filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText("Extracted", { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(row).toContainText(spec.expected.documentType);
  }
  await page.getByRole("link", { name: contracts[0].filename }).click();
  // Each field shows where it was found, so a person can check it.
  await expect(page.locator('[data-field="title"] blockquote')).toContainText("Page 1");
});

test("a division administrator adds the iSheet as an integration target and tests it", async ({ page, world, integrations }) => {
  await signInAs(page, world.accountAdmin);
  // The target calls HighQ as the person who adds it, so Ada authorises the integration first.
  await page.goto("/settings/integrations");
  const mine = page.getByRole("region", { name: integrations.HighQ }).getByTestId("my-authorisation");
  if (!(await mine.textContent())?.includes("Authorised as")) {
    await mine.getByRole("button", { name: /authorise/i }).click();
    await page.getByLabel(/email/i).fill(alice.email);
    await page.getByLabel(/password/i).fill(alice.password);
    await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
    await page.getByRole("button", { name: /allow/i }).click();
    await expect(mine).toContainText("Authorised as");
  }
  await openInsights(page, world);
  await page.getByRole("link", { name: "Division Settings → Integration Targets" }).click();
  await page.getByRole("button", { name: "Add HighQ iSheet target" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Document report");
  await chooseOption(page, "HighQ integration", new RegExp(integrations.HighQ));
  await chooseOption(page, /^Site$/, "Project Atlas");
  await chooseOption(page, /^iSheet$/, "Document report");
  await page.getByRole("button", { name: "Add target" }).click();
  const target = page.getByTestId("integration-target");
  await expect(target).toContainText("Working");
  await target.getByRole("button", { name: "Test" }).click();
  await expect(target.getByRole("list", { name: "Columns of Document report" })).toContainText("Effective date — Date and time");
});

test("a report target maps fields to columns, refuses misfits, and its run creates one row per document", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  await openInsights(page, world);
  await page.getByRole("link", { name: "Report targets" }).click();
  await page.getByRole("button", { name: "New report target" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Contract register");
  // Proposed by name once the columns are read.
  await expect(page.getByLabel("Column for File name")).toContainText("Document");
  await expect(page.getByLabel("Column for Effective date")).toContainText("Effective date");
  // Columns already proposed for other fields are taken; a free one of the wrong type is refused on the spot.
  await chooseOption(page, "Column for Parties", /^Link/);
  await expect(page.getByText("Hyperlink columns need a web address")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create report target" })).toBeDisabled();
  await chooseOption(page, "Column for Parties", /^Parties/);
  await page.getByRole("button", { name: "Create report target" }).click();

  const card = page.getByTestId("report-target").filter({ hasText: "Contract register" });
  await card.getByRole("button", { name: "Run report" }).click();
  await expect(card).toContainText("Succeeded", { timeout: 60_000 });
  await expect(card.getByTestId("run-counts")).toContainText(`${contracts.length} created`);
  const rows = await isheetRows();
  expect(rows.filter((row) => row.externalid?.startsWith("ferry-"))).toHaveLength(contracts.length);
  const names = rows.map((row) => row.column.find((cell) => cell.attributecolumnid === 1201)?.rawdata.value);
  for (const spec of contracts) expect(names).toContain(spec.filename);
});

test("a changed document updates its row in place on the next run", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  const before = await isheetRows();
  // Different content of another type, so the new version's fields visibly differ once extracted.
  const other = corpusSpecs().find((spec) => spec.format === "pdf" && spec.expected.documentType === "Lease")!;
  await upload(page, world, [{ name: contracts[0].filename, buffer: Buffer.from((await renderSpec(other)).bytes) }]);
  await openInsights(page, world);
  const row = page.getByRole("row", { name: new RegExp(contracts[0].filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText(other.expected.documentType, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  await page.getByRole("link", { name: "Report targets" }).click();
  const card = page.getByTestId("report-target").filter({ hasText: "Contract register" });
  await card.getByRole("button", { name: "Run report" }).click();
  await expect(card.getByTestId("run-counts")).toContainText("1 updated", { timeout: 60_000 });
  const after = await isheetRows();
  expect(after.map((item) => item.itemid).sort()).toEqual(before.map((item) => item.itemid).sort());
});

test("a scheduled report target runs by itself", async ({ page, world }) => {
  // The run waits for the scheduler's next tick, up to a minute away, on top of the steps before it.
  test.setTimeout(150_000);
  await signInAs(page, world.accountAdmin);
  await openInsights(page, world);
  await page.getByRole("link", { name: "Report targets" }).click();
  const card = page.getByTestId("report-target").filter({ hasText: "Contract register" });
  await card.getByRole("button", { name: "Edit" }).click();
  await chooseOption(page, "Schedule", "Every…");
  await page.getByLabel("Hours between runs").fill("6");
  await page.getByRole("button", { name: "Save report target" }).click();
  await expect(card).toContainText("every 6 hours");
  // A new schedule runs at the next scheduler tick (every minute), then every six hours.
  await card.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "Contract register: run history" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("cell", { name: "Scheduled" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000 });
  expect((await isheetRows()).filter((row) => row.externalid?.startsWith("ferry-"))).toHaveLength(contracts.length);
});
