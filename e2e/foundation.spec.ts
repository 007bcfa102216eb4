import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { emptyDatabase, expect, test } from "./fixtures";
import { chooseOption, signIn, signOut } from "./pages";
import { admin, member } from "./people";

const contract = { name: "Share purchase agreement.txt", mimeType: "text/plain", buffer: Buffer.from("THIS AGREEMENT is made between Buyer Ltd and Seller plc.\n".repeat(200)) };
const letter = { name: "Engagement letter.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(40_000, 7)]) };

test.describe.configure({ mode: "serial" });

// First-run set-up shows only while Ferry has no users: this file starts from an empty database,
// whichever specs ran before it.
test.beforeAll(emptyDatabase);

let memberOneTimePassword = "";
let walledFolderUrl = "";

test("first-run set-up creates the account administrator", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in|\/setup/);
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/setup/);
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Work email").fill(admin.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: "Divisions" })).toBeVisible();
  // Set-up is gone once an administrator exists.
  expect((await page.request.get("/setup")).status()).toBe(404);
});

test("the administrator creates a member and two divisions", async ({ page }) => {
  await signIn(page, admin.email, admin.password);
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "Add user" }).click();
  await page.getByLabel("Name").fill(member.name);
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Create user" }).click();
  memberOneTimePassword = (await page.getByTestId("one-time-password").textContent()) ?? "";
  expect(memberOneTimePassword).toHaveLength(16);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("cell", { name: member.email, exact: true })).toBeVisible();

  await page.goto("/settings/divisions");
  await page.getByRole("button", { name: "New division" }).click();
  await page.getByLabel("Name").fill("Corporate");
  await page.getByRole("button", { name: "Create division" }).click();
  await expect(page.getByRole("heading", { name: "Corporate" })).toBeVisible();
  await chooseOption(page, "Add a person", new RegExp(member.email));
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("table").getByText(member.email)).toBeVisible();

  // A second division the member is not part of, holding a folder of its own.
  await page.goto("/settings/divisions");
  await page.getByRole("button", { name: "New division" }).click();
  await page.getByLabel("Name").fill("Restructuring");
  await page.getByRole("button", { name: "Create division" }).click();
  await expect(page.getByRole("heading", { name: "Restructuring" })).toBeVisible();
  // Reporting is content administration: Ada makes herself an administrator of this division.
  await chooseOption(page, "Add a person", new RegExp(admin.email));
  await chooseOption(page, /^Role$/, "Division administrator");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("table").getByText(admin.email)).toBeVisible();
  await page.goto("/files");
  await chooseOption(page, "Division", "Restructuring");
  await page.getByRole("button", { name: "New folder" }).click();
  await page.getByLabel("Folder name").fill("Walled garden");
  await page.getByRole("button", { name: "Create folder" }).click();
  await expect(page).toHaveURL(/folder=/);
  walledFolderUrl = page.url();
  await signOut(page);
});

test("the member signs in, creates a folder, uploads, lists and downloads", async ({ page }) => {
  await signIn(page, member.email, memberOneTimePassword);
  await expect(page.getByText("Choose your password")).toBeVisible();
  await page.getByLabel("Current password").fill(memberOneTimePassword);
  await page.getByLabel("New password").fill(member.password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("heading", { name: "Upload & File Management" })).toBeVisible();

  await page.getByRole("button", { name: "New folder" }).click();
  await page.getByLabel("Folder name").fill("Project Atlas");
  await page.getByRole("button", { name: "Create folder" }).click();
  await expect(page.getByRole("region", { name: "Upload files to Project Atlas" })).toBeVisible();

  await page.getByLabel("Choose files to upload").setInputFiles([contract, letter]);
  const uploads = page.getByRole("list", { name: "Uploads" });
  await expect(uploads.getByText("Uploaded")).toHaveCount(2);
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Share purchase agreement\.txt/ })).toContainText("11 KB");
  await expect(table.getByRole("row", { name: /Engagement letter\.pdf/ })).toContainText("39 KB");

  await table.getByRole("button", { name: `Actions for ${letter.name}` }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(letter.name);
  const bytes = await readFile(await download.path());
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(createHash("sha256").update(letter.buffer).digest("hex"));
});

test("the member cannot reach the other division", async ({ page }) => {
  await signIn(page, member.email, member.password);
  await page.getByLabel("Division").click();
  await expect(page.getByRole("option")).toHaveText(["Corporate"]);
  await page.keyboard.press("Escape");

  // Following a colleague's link into the other division shows only the member's own division.
  await page.goto(walledFolderUrl);
  await expect(page.getByText("Walled garden")).toHaveCount(0);
  await expect(page.getByLabel("Division")).toHaveText("Corporate");

  const walledFolderId = new URL(walledFolderUrl).searchParams.get("folder");
  const upload = await page.request.put(`/api/folders/${walledFolderId}/upload?name=intrusion.txt`, { data: "nope" });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ error: "You are not a member of that division." });
  const divisionId = new URL(walledFolderUrl).searchParams.get("division");
  const settings = await page.request.get(`/settings/divisions/${divisionId}`);
  expect(settings.status()).toBe(403);
  const users = await page.request.get("/settings/users");
  expect(users.status()).toBe(403);
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
