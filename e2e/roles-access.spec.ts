/**
 * Pages a person's role does not open say so (403, inside the shell, with what to do) instead of a
 * bare 404; unknown addresses get a proper not-found page; Ferry has a favicon. Seeds its own people.
 */
import { expect, signInAs, test } from "./fixtures";

test("a member opening administrators' pages sees a no-access page, not a 404", async ({ page, world }) => {
  await signInAs(page, world.member);
  for (const path of ["/settings/users", "/settings/divisions", `/settings/divisions/${world.division.id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByText("ask an account administrator")).toBeVisible();
    // Still inside Ferry: the navigation is there to go elsewhere.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Go to your files" }).click();
  await expect(page.getByRole("heading", { name: "Upload & File Management" })).toBeVisible();
});

test("a division administrator may open their division's settings but not the users page", async ({ page, world }) => {
  await signInAs(page, world.divisionAdmin);
  expect((await page.goto(`/settings/divisions/${world.division.id}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: world.division.name })).toBeVisible();
  expect((await page.goto("/settings/users"))?.status()).toBe(403);
});

test("an unknown address has a not-found page, and every page a favicon", async ({ page, world }) => {
  await signInAs(page, world.member);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const served = await page.request.get(icon!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");
});
