import { readFile } from "node:fs/promises";
import { expect, signInAs, test, type Page } from "./fixtures";
import { ControlClient } from "@/emulators/shared/control-client";
import { demo } from "@/emulators";
import { createIntegration, integrationForms } from "./integration-form";
import { signOut } from "./pages";
import { ben } from "./people";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial" });

const highq = new ControlClient(`http://127.0.0.1:${E2E.highqPort}`, E2E.controlToken);
const intralinks = new ControlClient(`http://127.0.0.1:${E2E.intralinksPort}`, E2E.controlToken);

/** Every body the browser received from Ferry during this spec, checked for secrets at the end. */
const received: string[] = [];
test.beforeEach(({ page }) => {
  page.on("response", async (response) => {
    if (!response.url().startsWith(E2E.appUrl)) return;
    const type = response.headers()["content-type"] ?? "";
    if (/html|json|text|x-component/.test(type)) received.push(await response.text().catch(() => ""));
  });
});

const providers = [
  {
    provider: "HighQ",
    name: "HighQ Harrowvale",
    secret: integrationForms.HighQ.secret,
    control: highq,
    // Ben's HighQ sites, as seeded.
    workspaces: ["Board Papers", "Harbour Road", "Project Atlas"],
  },
  {
    provider: "Intralinks",
    name: "Intralinks Harrowvale",
    secret: integrationForms.Intralinks.secret,
    control: intralinks,
    workspaces: ["Atlas", "Quayside", "Kestrel"],
  },
] as const;

/** The emulator's own sign-in and consent pages, used the way a person would. */
async function signInRemotely(page: Page, person: { email: string; password: string }) {
  await expect(page).toHaveURL(/127\.0\.0\.1:41[12]0/);
  await page.getByLabel(/email/i).fill(person.email);
  await page.getByLabel(/password/i).fill(person.password);
  await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
  await page.getByRole("button", { name: /allow/i }).click();
}

const card = (page: Page, name: string) => page.getByRole("region", { name });

for (const setup of providers) {
  test(`${setup.provider}: created by an administrator, authorised and tested by a member`, async ({ page, world }) => {
    await signInAs(page, world.accountAdmin);
    await createIntegration(page, setup.provider, setup.name);
    // No part of the secret: when it was set, and by whom.
    await expect(card(page, setup.name).getByTestId("secret-set")).toContainText(`by ${world.accountAdmin.email}`);
    await expect(card(page, setup.name)).not.toContainText(setup.secret.slice(-8));
    await expect(page.getByTestId("redirect-url")).toHaveText(`${E2E.appUrl}/auth/callback`);
    await signOut(page);

    await signInAs(page, world.member);
    await page.goto("/settings/integrations");
    const mine = card(page, setup.name).getByTestId("my-authorisation");
    await expect(mine).toContainText("You have not authorised");
    const callbacks: string[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${E2E.appUrl}/auth/callback?`)) callbacks.push(request.url());
    });
    await mine.getByRole("button", { name: "Authorise" }).click();
    await signInRemotely(page, ben);
    await expect(page).toHaveURL(/\/settings\/integrations\?authorised=/);
    await expect(mine).toContainText(`Authorised as ${ben.name}`);

    // Replaying the remote's answer (code and state) is refused: the flow was used up.
    expect(callbacks).toHaveLength(1);
    await page.goto(callbacks[0]);
    await expect(page.locator('[data-error-code="STATE_MISMATCH"]')).toBeVisible();

    await mine.getByRole("button", { name: "Test connection" }).click();
    const listed = card(page, setup.name).getByRole("list", { name: /Accessible/ }).getByRole("listitem");
    await expect(listed).toHaveCount(setup.workspaces.length);
    for (const workspace of setup.workspaces) await expect(listed.filter({ hasText: workspace })).toHaveCount(1);

    // The remote revokes Ferry's tokens: the next use needs the person again.
    await setup.control.revokeTokens(ben.email);
    await mine.getByRole("button", { name: "Test connection" }).click();
    await expect(card(page, setup.name).getByRole("alert")).toContainText(/authoris/i);
    await page.reload();
    await expect(mine).toContainText("Reauthentication required");
    await mine.getByRole("button", { name: "Re-authorise" }).click();
    await signInRemotely(page, ben);
    await expect(mine).toContainText(`Authorised as ${ben.name}`);

    await mine.getByRole("button", { name: "Disconnect" }).click();
    await expect(mine).toContainText("You have not authorised");
  });
}

test("Test connection names the gatekeeper of a restricted exchange", async ({ page, world }) => {
  const chloe = demo.users[2];
  await signInAs(page, world.member);
  await page.goto("/settings/integrations");
  const mine = card(page, "Intralinks Harrowvale").getByTestId("my-authorisation");
  await mine.getByRole("button", { name: "Authorise" }).click();
  await signInRemotely(page, chloe);
  await expect(mine).toContainText("Authorised as");
  await mine.getByRole("button", { name: "Test connection" }).click();
  await expect(card(page, "Intralinks Harrowvale").getByTestId("restricted-exchanges")).toContainText(`Dana Ruiz <${demo.users[3].email}>`);
  await mine.getByRole("button", { name: "Disconnect" }).click();
  await expect(mine).toContainText("You have not authorised");
});

test.describe("each authorisation problem gets its own explanation", () => {
  test.beforeEach(async ({ page, world }) => {
    await signInAs(page, world.member);
    await page.goto("/settings/integrations");
  });
  test.afterEach(async () => {
    await highq.setConditions({ unreachable: false, redirectMismatch: false, sessionConflict: false, twoFactor: false });
    await intralinks.setConditions({ unreachable: false });
    await intralinks.putClient(demo.intralinks.v3.apiKey, { secret: demo.intralinks.v3.apiSecret });
  });

  const authorise = (page: Page, name: string) => card(page, name).getByTestId("my-authorisation").getByRole("button", { name: /authorise/i }).click();
  const problem = (page: Page, code: string) => page.locator(`[data-error-code="${code}"]`);

  test("host unreachable", async ({ page }) => {
    await highq.setConditions({ unreachable: true });
    await authorise(page, "HighQ Harrowvale");
    await expect(page.getByText(/could not connect to HighQ/)).toBeVisible();
  });

  test("redirect URL not registered", async ({ page }) => {
    await highq.setConditions({ redirectMismatch: true });
    await authorise(page, "HighQ Harrowvale");
    await expect(page.getByText(/redirect \(callback\) URL/)).toBeVisible();
  });

  test("an active remote session", async ({ page }) => {
    await highq.setConditions({ sessionConflict: true });
    await authorise(page, "HighQ Harrowvale");
    await page.getByLabel(/email/i).fill(ben.email);
    await page.getByLabel(/password/i).fill(ben.password);
    await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
    await expect(problem(page, "SESSION_CONFLICT")).toContainText("Log out of HighQ in all browser tabs");
  });

  test("two-factor authentication interrupting the flow", async ({ page }) => {
    await highq.setConditions({ twoFactor: true });
    await authorise(page, "HighQ Harrowvale");
    await page.getByLabel(/email/i).fill(ben.email);
    await page.getByLabel(/password/i).fill(ben.password);
    await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
    await page.getByLabel(/code/i).fill(demo.twoFactorCode);
    await page.getByRole("button").first().click();
    await expect(problem(page, "TWO_FACTOR")).toBeVisible();
  });

  test("wrong API key or secret, explained before anyone signs in", async ({ page }) => {
    await intralinks.putClient(demo.intralinks.v3.apiKey, { secret: "rotated-elsewhere" });
    await authorise(page, "Intralinks Harrowvale");
    await expect(page.getByText("Intralinks rejected the integration's API Key / API Secret.")).toBeVisible();
    await expect(page).not.toHaveURL(/127\.0\.0\.1:41[12]0/);
  });

  test("a forged state is refused", async ({ page }) => {
    await page.goto("/auth/callback?code=stolen&state=forged");
    await expect(problem(page, "STATE_MISMATCH")).toBeVisible();
  });
});

test("an integration with keys of the other auth version is explained before anyone signs in", async ({ page, world }) => {
  await signInAs(page, world.accountAdmin);
  await page.goto("/settings/integrations");
  await page.getByRole("button", { name: "Create integration" }).click();
  await page.getByLabel("Provider").click();
  await page.getByRole("option", { name: "Intralinks" }).click();
  await page.getByLabel("Name").fill("Intralinks old keys");
  await page.getByLabel("API Key").fill(demo.intralinks.v2.apiKey);
  await page.getByLabel("API Secret").fill(demo.intralinks.v2.apiSecret);
  await page.getByRole("button", { name: "Save & authorise" }).click();
  await expect(page.getByText(/auth(entication)? API version|v2\/v3|API version/i).first()).toBeVisible();
});

test("no secret reached the browser or the server log", async () => {
  const secrets = providers.map((setup) => setup.secret);
  expect(received.length).toBeGreaterThan(20);
  // Nor its last characters (the cards once showed four).
  for (const body of received) for (const secret of secrets) expect(body).not.toContain(secret.slice(-8));
  const log = await readFile(E2E.serverLog, "utf8");
  for (const secret of secrets) expect(log).not.toContain(secret);
});
