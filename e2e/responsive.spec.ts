/**
 * The shell and the main pages at the two widths people use most (1024×768 and 1440×900): nothing
 * overflows or is cut off (measured from element bounds), no page logs a console error or hydration
 * warning, and a screenshot of each page is kept with the results. Seeds its own division and people.
 */
import { expect, type Page } from "@playwright/test";
import { signInAs, test, type SeededPerson, type SeededWorld } from "./fixtures";
import { keepScreenshot, layoutProblems, watchConsole } from "./layout-checks";

const widths = [
  { name: "1024", viewport: { width: 1024, height: 768 } },
  { name: "1440", viewport: { width: 1440, height: 900 } },
] as const;

/** The pages each kind of person uses, with what must be on screen once each has loaded. */
function mainPages(world: SeededWorld): { who: keyof Pick<SeededWorld, "accountAdmin" | "member">; path: string; name: string; heading: string }[] {
  const division = `division=${world.division.id}`;
  return [
    { who: "member", name: "files", path: `/files?${division}&folder=${world.folders.atlas}`, heading: "Upload & File Management" },
    { who: "member", name: "insights", path: `/insights?${division}`, heading: "Insights" },
    { who: "member", name: "report-targets", path: `/insights/reports?${division}`, heading: "Report targets" },
    { who: "member", name: "activity", path: "/activity", heading: "Activity" },
    { who: "member", name: "sync-overview", path: "/sync", heading: "Sync overview" },
    { who: "accountAdmin", name: "sync-overview-admin", path: "/sync", heading: "Sync overview" },
    { who: "member", name: "integrations-member", path: "/settings/integrations", heading: "Integrations" },
    { who: "accountAdmin", name: "integrations-admin", path: "/settings/integrations", heading: "Integrations" },
    { who: "accountAdmin", name: "divisions", path: "/settings/divisions", heading: "Divisions" },
    { who: "accountAdmin", name: "division-settings", path: `/settings/divisions/${world.division.id}`, heading: world.division.name },
    { who: "accountAdmin", name: "users", path: "/settings/users", heading: "Users" },
  ];
}

async function settle(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

async function expectTidy(page: Page, what: string) {
  expect(await layoutProblems(page), `layout problems on ${what}`).toEqual([]);
}

for (const { name: width, viewport } of widths) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // `world` first: with no users at all Ferry would show first-run set-up instead of sign-in.
    test("the sign-in page fits and logs nothing", async ({ page, world }, testInfo) => {
      expect(world.member.email).toContain("@");
      const consoleProblems = watchConsole(page);
      await page.goto("/sign-in");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectTidy(page, "/sign-in");
      await keepScreenshot(page, testInfo, `${width}-sign-in`);
      expect(consoleProblems).toEqual([]);
    });

    for (const who of ["member", "accountAdmin"] as const) {
      test(`every main page fits for the ${who === "member" ? "member" : "account administrator"} and logs nothing`, async ({ page, world }, testInfo) => {
        const consoleProblems = watchConsole(page);
        await signInAs(page, world[who] as SeededPerson);
        for (const target of mainPages(world).filter((candidate) => candidate.who === who)) {
          await page.goto(target.path);
          await settle(page, target.heading);
          await expectTidy(page, target.path);
          await keepScreenshot(page, testInfo, `${width}-${target.name}`);
        }
        expect(consoleProblems).toEqual([]);
      });
    }
  });
}

test.describe("at 1024×768", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("the navigation and the Information panel open as sheets", async ({ page, world }, testInfo) => {
    await signInAs(page, world.member);
    await page.goto(`/files?division=${world.division.id}&folder=${world.folders.atlas}`);
    await settle(page, "Upload & File Management");
    // The sidebar gives its room to the page; the menu button opens the same navigation.
    await expect(page.getByRole("complementary", { name: "Sidebar" })).toBeHidden();
    await page.getByRole("button", { name: "Open menu" }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect(menu.getByRole("link", { name: "Insights" })).toBeVisible();
    await keepScreenshot(page, testInfo, "1024-menu-sheet");
    await menu.getByRole("link", { name: "Insights" }).click();
    await settle(page, "Insights");
    await expect(menu).toBeHidden();

    // Folder names and the documents' key columns stay readable beside the folder tree.
    await page.goto(`/files?division=${world.division.id}&folder=${world.folders.atlas}`);
    await settle(page, "Upload & File Management");
    await expect(page.getByRole("complementary", { name: "Information" })).toHaveCount(0);
    const table = page.getByRole("table");
    for (const column of ["Name", "Size", "Source"]) await expect(table.getByRole("columnheader", { name: column })).toBeVisible();
    await page.getByRole("button", { name: "Information" }).click();
    const panel = page.getByRole("dialog", { name: "Information" });
    await expect(panel.getByRole("region", { name: "Sync Source" })).toBeVisible();
    await expect(panel.getByText("/Deals/Project Atlas")).toBeVisible();
    await expectTidy(page, "the Information sheet");
    await keepScreenshot(page, testInfo, "1024-information-sheet");
  });

  test("the Insights table keeps its Status column in view", async ({ page, world }) => {
    await signInAs(page, world.member);
    await page.goto(`/insights?division=${world.division.id}`);
    await settle(page, "Insights");
    const status = page.getByRole("columnheader", { name: "Status" });
    await expect(status).toBeInViewport({ ratio: 1 });
    const box = (await status.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
  });
});

test.describe("at 1440×900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the sidebar collapses to icons and stays collapsed", async ({ page, world }, testInfo) => {
    await signInAs(page, world.member);
    await page.goto(`/files?division=${world.division.id}&folder=${world.folders.atlas}`);
    await settle(page, "Upload & File Management");
    const sidebar = page.getByRole("complementary", { name: "Sidebar" });
    await expect(page.getByRole("complementary", { name: "Information" })).toBeVisible();
    const wide = (await sidebar.boundingBox())!.width;
    await page.getByRole("button", { name: "Collapse sidebar" }).click();
    await expect(sidebar.getByRole("link", { name: "Insights" })).toBeVisible();
    expect((await sidebar.boundingBox())!.width).toBeLessThan(wide / 2);
    await page.reload();
    await settle(page, "Upload & File Management");
    await expect(page.getByRole("button", { name: "Expand sidebar" })).toBeVisible();
    await expectTidy(page, "the files page with a collapsed sidebar");
    await keepScreenshot(page, testInfo, "1440-collapsed-sidebar");
    await page.getByRole("button", { name: "Expand sidebar" }).click();
    await expect(page.getByRole("button", { name: "Collapse sidebar" })).toBeVisible();
  });
});

test("drop-downs show their value and script-only buttons are disabled before the page's script has run", async ({ browser, world }) => {
  // Signed in normally, then the same session loads pages without the app's script bundles: what
  // the server sent. Inline scripts still run, as they do before hydration, so streamed sections
  // (pages with a loading skeleton) are swapped in while React never starts.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInAs(page, world.member);
  const noScript = await browser.newContext({ baseURL: test.info().project.use.baseURL, storageState: await context.storageState() });
  await noScript.route("**/_next/static/**/*.js", (route) => route.abort());
  const staticPage = await noScript.newPage();
  await staticPage.goto(`/files?division=${world.division.id}&folder=${world.folders.templates}`);
  await expect(staticPage.locator("#division-switcher")).toHaveText(world.division.name);
  // A button that only a script can handle is disabled until the script runs, not a click swallowed.
  await expect(staticPage.getByRole("button", { name: "Sync Source settings" })).toBeDisabled();
  await page.goto(`/files?division=${world.division.id}&folder=${world.folders.templates}`);
  await expect(page.getByRole("button", { name: "Sync Source settings" })).toBeEnabled();
  await staticPage.goto(`/insights?division=${world.division.id}`);
  await expect(staticPage.getByRole("combobox", { name: "Folder" })).toHaveText("All folders");
  await expect(staticPage.getByRole("combobox", { name: "Extraction status" })).toHaveText("Any status");
  await noScript.close();
  await context.close();
});
