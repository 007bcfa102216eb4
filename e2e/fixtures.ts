import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import argon2 from "argon2";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { divisions, folders, memberships, users } from "@/lib/db/schema";
import { corpusSpecs } from "@/test/insights-corpus/corpus";
import { renderSpec } from "@/test/insights-corpus/render";
import { createIntegration, type Provider } from "./integration-form";
import { signIn } from "./pages";
import { E2E } from "./stack";

/**
 * Every spec imports `test` from here: a page that breaks Ferry's Content-Security-Policy fails the
 * test that opened it. Violations are collected in the page (a `securitypolicyviolation` listener
 * installed before any of Ferry's scripts) and from Chromium's console reports of blocked content.
 */
const withCspCheck = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding("__ferryCspViolation", (_source, report: string) => void violations.push(report));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`;
          (window as unknown as { __ferryCspViolation: (report: string) => void }).__ferryCspViolation(report);
        });
      });
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export interface SeededPerson {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** A division of its own for one spec file: people in every role, a small folder tree. */
export interface SeededWorld {
  suffix: string;
  division: { id: string; name: string };
  accountAdmin: SeededPerson;
  divisionAdmin: SeededPerson;
  member: SeededPerson;
  /** An account administrator who is not a member of the division (sees no content). */
  outsideAdmin: SeededPerson;
  folders: { deals: string; atlas: string; borealis: string; templates: string };
}

const PASSWORD = "a seeded e2e password";

/** Writes the world straight into the e2e database, the way an administrator's set-up would leave it. */
async function seedWorld(): Promise<SeededWorld> {
  const pool = new Pool({ connectionString: E2E.databaseUrl, max: 2 });
  const db = drizzle({ client: pool });
  const suffix = randomUUID().slice(0, 6);
  try {
    const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const person = (name: string, role: string, isAccountAdmin = false) => ({
      name,
      email: `${role}-${suffix}@seed.test`,
      passwordHash,
      isAccountAdmin,
    });
    const created = await db
      .insert(users)
      .values([
        person("Avery Account-Admin", "account-admin", true),
        person("Dana Division-Admin", "division-admin"),
        person("Morgan Member", "member"),
        person("Olive Outside-Admin", "outside-admin", true),
      ])
      .returning({ id: users.id, name: users.name, email: users.email });
    const [accountAdmin, divisionAdmin, member, outsideAdmin] = created.map((user) => ({ ...user, name: user.name ?? user.email, password: PASSWORD }));
    const [division] = await db
      .insert(divisions)
      .values({ name: `Corporate M&A ${suffix}` })
      .returning({ id: divisions.id, name: divisions.name });
    await db.insert(memberships).values([
      { divisionId: division.id, userId: accountAdmin.id, role: "admin" },
      { divisionId: division.id, userId: divisionAdmin.id, role: "admin" },
      { divisionId: division.id, userId: member.id, role: "member" },
    ]);
    const [deals] = await db.insert(folders).values({ divisionId: division.id, name: "Deals" }).returning({ id: folders.id });
    const [atlas, borealis, templates] = await db
      .insert(folders)
      .values([
        { divisionId: division.id, parentId: deals.id, name: "Project Atlas – Acquisition of Harrowvale Holdings" },
        { divisionId: division.id, parentId: deals.id, name: "Borealis" },
        { divisionId: division.id, name: "Templates" },
      ])
      .returning({ id: folders.id });
    return {
      suffix,
      division,
      accountAdmin,
      divisionAdmin,
      member,
      outsideAdmin,
      folders: { deals: deals.id, atlas: atlas.id, borealis: borealis.id, templates: templates.id },
    };
  } finally {
    await pool.end();
  }
}

/** Uploads through Ferry's own upload route, as the signed-in person of `page`. */
export async function upload(page: Page, folderId: string, files: { name: string; body: string | Buffer }[]) {
  for (const file of files) {
    const response = await page.request.put(`/api/folders/${folderId}/upload?name=${encodeURIComponent(file.name)}`, { data: file.body });
    expect(response.status(), `upload of ${file.name}`).toBe(201);
  }
}

export async function signInAs(page: Page, person: SeededPerson) {
  await signIn(page, person.email, person.password);
}

/** Real contracts (rendered from the extraction test corpus) and a long-named note, uploaded by the member. */
async function seedDocuments(page: Page, world: SeededWorld) {
  const contracts = corpusSpecs()
    .filter((spec) => spec.format === "pdf")
    .slice(0, 3);
  await signInAs(page, world.member);
  await upload(page, world.folders.atlas, [
    ...(await Promise.all(contracts.map(async (spec) => ({ name: spec.filename, body: Buffer.from((await renderSpec(spec)).bytes) })))),
    { name: "Completion memorandum for the acquisition of Harrowvale Holdings Limited (final, executed).txt", body: "Completion took place today.\n".repeat(40) },
  ]);
  await upload(page, world.folders.borealis, [{ name: "Borealis term sheet.txt", body: "Term sheet between Borealis Ltd and Quayside plc.\n".repeat(20) }]);
}

/** Integrations of one spec file, made by its account administrator through the integrations page. */
export type SeededIntegrations = Record<Provider, string>;

async function seedIntegrations(page: Page, world: SeededWorld): Promise<SeededIntegrations> {
  const names: SeededIntegrations = { HighQ: `HighQ ${world.suffix}`, Intralinks: `Intralinks ${world.suffix}` };
  await signInAs(page, world.accountAdmin);
  for (const provider of ["HighQ", "Intralinks"] as const) await createIntegration(page, provider, names[provider]);
  return names;
}

/**
 * Ferry as a fresh install has it, for first-run set-up: every table emptied but the job queue
 * (which the running job runner holds rows of). Specs that seed a `world` afterwards get new data.
 */
export async function emptyDatabase() {
  const pool = new Pool({ connectionString: E2E.databaseUrl, max: 1 });
  try {
    const { rows } = await pool.query<{ name: string }>(`SELECT format('%I', tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'job_queue'`);
    await pool.query(`TRUNCATE ${rows.map((row) => row.name).join(", ")} CASCADE`);
  } finally {
    await pool.end();
  }
}

/**
 * What a spec file gets of its own: made the first time one of its tests asks, reused by its other
 * tests, never by another file, so files share no data and run in any order (or alone). The cache
 * lives in the worker process; one started after a failure makes anew for the file's remaining tests.
 */
const madeForFile = new Map<string, Promise<unknown>>();
function oncePerFile<T>(file: string, what: string, make: () => Promise<T>): Promise<T> {
  const key = `${file}:${what}`;
  if (!madeForFile.has(key)) madeForFile.set(key, make());
  return madeForFile.get(key) as Promise<T>;
}

async function withPage<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: E2E.appUrl });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * `world`: people and folders written to the database, documents uploaded through Ferry (unless the
 * file sets `test.use({ worldDocuments: false })`). `integrations`: a HighQ and an Intralinks
 * integration made through the UI by the world's account administrator; nobody has authorised them.
 */
export const test = withCspCheck.extend<{ worldDocuments: boolean; world: SeededWorld; integrations: SeededIntegrations }>({
  worldDocuments: [true, { option: true }],
  world: [
    async ({ browser, worldDocuments }, use, testInfo) => {
      const world = oncePerFile(testInfo.file, "world", async () => {
        const seeded = await seedWorld();
        if (worldDocuments) await withPage(browser, (page) => seedDocuments(page, seeded));
        return seeded;
      });
      await use(await world);
    },
    { timeout: 120_000 },
  ],
  integrations: [
    async ({ browser, world }, use, testInfo) => {
      await use(await oncePerFile(testInfo.file, "integrations", () => withPage(browser, (page) => seedIntegrations(page, world))));
    },
    { timeout: 60_000 },
  ],
});

export { expect, type Page };
