/**
 * Authorisation problems stay on screen as alerts with title, cause and fix, in the create dialog and
 * on the integration's card; the dialog keeps what was typed after a server-side refusal. Uses the
 * emulators' control API to make HighQ refuse in each way, and its own seeded people.
 */
import type { Page } from "@playwright/test";
import { ControlClient } from "@/emulators/shared/control-client";
import { demo } from "@/emulators";
import { expect, signInAs, test } from "./fixtures";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial" });

const highq = new ControlClient(`http://127.0.0.1:${E2E.highqPort}`, E2E.controlToken);
const callbackUrl = `${E2E.appUrl}/auth/callback`;
const host = `127.0.0.1:${E2E.highqPort}/${demo.highq.instance}`;

async function openCreateDialog(page: Page) {
  await page.goto("/settings/integrations");
  await page.getByRole("button", { name: "Create integration" }).click();
  return page.getByRole("dialog", { name: "Create integration" });
}

async function fillHighQ(page: Page, values: { name: string; host?: string; clientId?: string }) {
  await page.getByLabel("Name").fill(values.name);
  await page.getByLabel("Host").fill(values.host ?? host);
  await page.getByLabel("Client ID").fill(values.clientId ?? demo.highq.clientId);
  await page.getByLabel("Client Secret").fill(demo.highq.clientSecret);
}

const problem = (page: Page, code: string) => page.locator(`[data-error-code="${code}"]`);

test.afterEach(async () => {
  await highq.setConditions({ redirectMismatch: false });
});

test("an unregistered redirect URL stays explained in the dialog and on the card, with the real callback URL", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  await highq.setConditions({ redirectMismatch: true });
  const dialog = await openCreateDialog(page);
  const name = `HighQ redirect ${world.suffix}`;
  await fillHighQ(page, { name });
  await dialog.getByRole("button", { name: "Save & authorise" }).click();

  const alert = problem(page, "CALLBACK_MISMATCH");
  await expect(dialog.locator('[data-error-code="CALLBACK_MISMATCH"]')).toContainText(`Register exactly ${callbackUrl} as the redirect URL.`);
  await expect(alert.first()).not.toContainText("<app origin>");
  await expect(alert.first()).not.toContainText("Intralinks");
  // The dialog stays open with everything typed, the secret included.
  await expect(dialog.getByLabel("Name")).toHaveValue(name);
  await expect(dialog.getByLabel("Client Secret")).toHaveValue(demo.highq.clientSecret);

  // Once the registration is fixed, authorising again from the same dialog reaches HighQ's sign-in
  // (the first save made the integration; this one edits it rather than creating a second).
  await highq.setConditions({ redirectMismatch: false });
  await dialog.getByRole("button", { name: "Save & authorise" }).click();
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${E2E.highqPort}`));
  await page.goto("/settings/integrations");
  await expect(page.getByRole("region", { name })).toHaveCount(1);
  // The earlier refusal is still on the card until an authorisation succeeds.
  await expect(page.getByRole("region", { name }).locator('[data-error-code="CALLBACK_MISMATCH"]')).toContainText("Last attempt");
});

test("the card keeps a refusal after a reload, and a wrong instance path points at the Host", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  const dialog = await openCreateDialog(page);
  const name = `HighQ wrong instance ${world.suffix}`;
  await fillHighQ(page, { name, host: `127.0.0.1:${E2E.highqPort}/no-such-instance` });
  await dialog.getByRole("button", { name: "Save & authorise" }).click();
  await expect(dialog.locator('[data-error-code="INSTANCE_NOT_FOUND"]')).toContainText("check the Host");
  await page.keyboard.press("Escape");

  await page.reload();
  const card = page.getByRole("region", { name });
  await expect(card.locator('[data-error-code="INSTANCE_NOT_FOUND"]')).toBeVisible();
  // Authorising from the card shows the same problem in place instead of a toast that fades.
  await card.getByTestId("my-authorisation").getByRole("button", { name: "Authorise" }).click();
  await expect(card.locator('[data-error-code="INSTANCE_NOT_FOUND"]')).toContainText("Edit the integration and check the Host");
});

test("a wrong client id names only HighQ's fields", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  const dialog = await openCreateDialog(page);
  await fillHighQ(page, { name: `HighQ wrong client ${world.suffix}`, clientId: "9999" });
  await dialog.getByRole("button", { name: "Save & authorise" }).click();
  const alert = dialog.locator('[data-error-code="INVALID_CREDENTIALS"]');
  await expect(alert).toContainText("HighQ rejected the integration's Client ID / Client Secret.");
  await expect(alert).not.toContainText("API Key");
});

test("a duplicate name is refused without wiping the form", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  const name = `HighQ twice ${world.suffix}`;
  let dialog = await openCreateDialog(page);
  await fillHighQ(page, { name });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();

  dialog = await openCreateDialog(page);
  await fillHighQ(page, { name });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog.getByRole("alert")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveValue(name);
  await expect(dialog.getByLabel("Host")).toHaveValue(host);
  await expect(dialog.getByLabel("Client ID")).toHaveValue(demo.highq.clientId);
  await expect(dialog.getByLabel("Client Secret")).toHaveValue(demo.highq.clientSecret);
});

test("a member sees only their own authorisation, not the app's configuration", async ({ page, world }) => {
  await signInAs(page, world.member);
  await page.goto("/settings/integrations");
  const card = page.getByRole("region", { name: `HighQ twice ${world.suffix}` });
  await expect(card.getByTestId("my-authorisation")).toContainText("You have not authorised this integration");
  for (const hidden of ["Client ID", "Client Secret", "Used by", "Created by"]) await expect(card.getByText(hidden, { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("redirect-url")).toHaveCount(0);
});
