import { expect, type Page } from "@playwright/test";
import { demo } from "@/emulators";
import { E2E } from "./stack";

/** The two providers as an administrator fills them in, with the emulators' demo credentials. */
export const integrationForms = {
  HighQ: {
    fill: async (page: Page) => {
      await page.getByLabel("Host").fill(`http://127.0.0.1:${E2E.highqPort}/${demo.highq.instance}/`);
      await page.getByLabel("Client ID").fill(demo.highq.clientId);
      await page.getByLabel("Client Secret").fill(demo.highq.clientSecret);
    },
    storedHost: `127.0.0.1:${E2E.highqPort}/${demo.highq.instance}`,
    secret: demo.highq.clientSecret,
  },
  Intralinks: {
    fill: async (page: Page) => {
      await page.getByLabel("API Key").fill(demo.intralinks.v3.apiKey);
      await page.getByLabel("API Secret").fill(demo.intralinks.v3.apiSecret);
    },
    storedHost: `http://127.0.0.1:${E2E.intralinksPort}`,
    secret: demo.intralinks.v3.apiSecret,
  },
} as const;

export type Provider = keyof typeof integrationForms;

/** Creates an integration through the create dialog of the integrations page (signed in as an administrator). */
export async function createIntegration(page: Page, provider: Provider, name: string) {
  await page.goto("/settings/integrations");
  await page.getByRole("button", { name: "Create integration" }).click();
  if (provider === "Intralinks") {
    await page.getByLabel("Provider").click();
    await page.getByRole("option", { name: "Intralinks" }).click();
  }
  await page.getByLabel("Name").fill(name);
  await integrationForms[provider].fill(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Host stored as ${integrationForms[provider].storedHost}`)).toBeVisible();
}
