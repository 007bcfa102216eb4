/**
 * What the address carries never breaks a page: an id that cannot name anything is a not-found page
 * (404, inside the shell), an unusable search parameter falls back to its default, and the OAuth
 * callback's refusal to forward a flow is a page that says so. Seeds its own people.
 */
import { expect, signInAs, test, type Page } from "./fixtures";

const WIDTHS = [1024, 1440];

async function screenshots(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.data/e2e-results/boundaries-${name}-${width}.png`, fullPage: true });
  }
}

test("an address with an id that is not one shows the not-found page, not an error", async ({ page, world }) => {
  await signInAs(page, world.member);
  for (const [path, heading] of [
    ["/files/documents/not-a-uuid", "This document is not available"],
    ["/insights/documents/not-a-uuid", "These insights are not available"],
    ["/insights/reports/42", "This report is not available"],
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
  await page.goto("/files/documents/not-a-uuid");
  await screenshots(page, "document-not-found");
  await page.getByRole("link", { name: "Go to your files" }).click();
  await expect(page.getByRole("heading", { name: "Upload & File Management" })).toBeVisible();
});

test("an over-long search or unknown sort and status open the normal page", async ({ page, world }) => {
  await signInAs(page, world.member);
  const long = "lease".repeat(1000);
  const files = await page.goto(`/files?division=${world.division.id}&folder=${world.folders.deals}&q=${long}&sort=sideways&page=-1`);
  expect(files?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Upload & File Management" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Documents" })).toBeVisible();
  const insights = await page.goto(`/insights?division=${world.division.id}&q=${long}&status=archived&sort=colour`);
  expect(insights?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
});

test("a callback the proxy will not forward ends on a page that says so", async ({ page }) => {
  // This deployment shares no proxy secret with anyone: any proxied state is unsigned for it.
  await page.goto("/auth/callback?code=a-code&state=ferry-proxy.e30.bm90LXNpZ25lZA");
  await expect(page).toHaveURL(/\/auth\/refused\?reason=tampered$/);
  await expect(page.getByRole("heading", { name: "This authorisation was refused" })).toBeVisible();
  await expect(page.getByText("FERRY_REDIRECT_PROXY_SECRET")).toBeVisible();
  await screenshots(page, "authorisation-refused");
});
