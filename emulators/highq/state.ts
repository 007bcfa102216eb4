/** HighQ emulator state: users, sites, folder tree, iSheets, OAuth, switches; and its seed. */
import { contractOf } from "../shared/content";
import { OAuthStore, type OAuthClient } from "../shared/oauth";
import { ALL_PEOPLE, PEOPLE, SEED_TIME, type Person } from "../shared/people";
import { current, Tree } from "../shared/tree";
import { HIGHQ, type SiteRestriction } from "./assumptions";

export type Role = "Admin" | "Member" | "Read only";

export interface Site {
  id: number;
  name: string;
  description: string;
  rootFolderId: number;
  status: "active" | "archived" | "readonly" | "preparation";
  categoryId: number;
  createdAt: number;
  owner: string;
  members: Map<string, Role>;
  favouriteOf: Set<string>;
}

export type ColumnType =
  | "Single line text"
  | "Multiple line text"
  | "Number"
  | "Date and time"
  | "Choice"
  | "User lookup"
  | "Hyperlink"
  | "Auto increment";

export interface Column {
  id: number;
  title: string;
  type: ColumnType;
  required?: boolean;
  choices?: Array<{ id: number; label: string; style: string }>;
}

export interface SheetItem {
  itemid: number;
  externalid?: string;
  /** column id → rawdata exactly as read back */
  values: Map<number, Record<string, unknown>>;
}

export interface Sheet {
  id: number;
  siteId: number;
  name: string;
  columns: Column[];
  views: Array<{ viewid: number; title: string }>;
  items: Map<number, SheetItem>;
  nextAuto: number;
}

export interface HighQConditions {
  /** every connection is dropped without an answer ("failed to obtain access token") */
  unreachable: boolean;
  /** the demo clients behave as if another redirect URL were registered */
  redirectMismatch: boolean;
  /** sign-in ends with a session-conflict error on the redirect */
  sessionConflict: boolean;
  /** sign-in asks for a one-time code, after which the authorization request is lost */
  twoFactor: boolean;
  /** the whole instance refuses this caller's IP (401 ref 53) */
  ipRestricted: boolean;
  /** JSON lists of one element are sent as a bare object */
  oneItemListAsObject: boolean;
  /** the authorize page refuses an unknown client or redirect URL with one generic page (other wording) */
  plainRefusalPages: boolean;
  /** site id → restriction that blocks folder/file calls on it */
  siteRestrictions: Record<string, SiteRestriction>;
}

export interface HighQOptions {
  instance: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

const CLIENT_NAME = "Ferry";

export class HighQState {
  users: Array<Person & { userid: number }> = [];
  sites = new Map<number, Site>();
  sheets = new Map<number, Sheet>();
  tree = new Tree("highq", 5000);
  oauth = new OAuthStore({ ...HIGHQ.lifetimes });
  conditions!: HighQConditions;
  nextItemId = 9001;

  constructor(readonly options: HighQOptions) {}

  user(email: string) {
    return this.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
  }

  role(site: Site, email: string): Role | undefined {
    return site.members.get(email.toLowerCase());
  }

  async reset(): Promise<void> {
    const oauth = new OAuthStore({ ...HIGHQ.lifetimes });
    const client: OAuthClient = { id: this.options.clientId, secret: this.options.clientSecret, name: CLIENT_NAME, redirectUris: [...this.options.redirectUris] };
    oauth.clients.set(client.id, client);
    this.oauth = oauth;
    this.users = ALL_PEOPLE.map((p, i) => ({ ...p, userid: 1401 + i }));
    this.sites = new Map();
    this.sheets = new Map();
    this.tree = new Tree("highq", 5000);
    this.nextItemId = 9001;
    this.conditions = {
      unreachable: false,
      redirectMismatch: false,
      sessionConflict: false,
      twoFactor: false,
      ipRestricted: false,
      oneItemListAsObject: false,
      plainRefusalPages: false,
      siteRestrictions: { "104": "password" },
    };
    await seed(this);
  }
}

const { alice, ben, chloe, dana } = PEOPLE;
const DAY = 86_400_000;

function addSite(s: HighQState, id: number, name: string, description: string, members: Array<[Person, Role]>, at: number, categoryId = 1): Site {
  const root = s.tree.addFolder(id, null, "Documents", alice.email, at);
  const site: Site = {
    id,
    name,
    description,
    rootFolderId: root.id,
    status: "active",
    categoryId,
    createdAt: at,
    owner: alice.email,
    members: new Map(members.map(([p, r]) => [p.email.toLowerCase(), r])),
    favouriteOf: new Set(),
  };
  s.sites.set(id, site);
  return site;
}

/** Contract documents whose file name is the contract's own title. */
async function addContracts(s: HighQState, folderId: number, count: number, at: number, by: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    const ext = i % 3 === 2 ? "docx" : "pdf";
    const f = await s.tree.addFile({ folderId, name: `pending.${ext}`, by, at: at + i * 3_600_000 });
    s.tree.renameFile(f.id, `${contractOf(current(f).spec)!.title.replace(/[/\\]/g, "-")}.${ext}`);
  }
}

async function seed(s: HighQState): Promise<void> {
  const t = s.tree;
  let at = SEED_TIME - 60 * DAY;

  const atlas = addSite(s, 101, "Project Atlas – Acquisition", "Acquisition of Northwind Logistics: transaction documents", [[alice, "Admin"], [ben, "Member"], [chloe, "Read only"]], at);
  atlas.favouriteOf.add(alice.email.toLowerCase());
  const contracts = t.addFolder(101, atlas.rootFolderId, "Contracts", alice.email, at);
  const ndas = t.addFolder(101, contracts.id, "NDAs", alice.email, at);
  const commercial = t.addFolder(101, contracts.id, "Commercial", ben.email, at);
  const dd = t.addFolder(101, atlas.rootFolderId, "Due diligence", alice.email, at);
  const ddLegal = t.addFolder(101, dd.id, "Legal", ben.email, at);
  const ddFinance = t.addFolder(101, dd.id, "Financial", ben.email, at);
  const corr = t.addFolder(101, atlas.rootFolderId, "Correspondence", alice.email, at);
  await addContracts(s, ndas.id, 4, at + DAY, alice.email);
  await addContracts(s, commercial.id, 5, at + 2 * DAY, ben.email);
  await addContracts(s, ddLegal.id, 3, at + 3 * DAY, ben.email);
  await addContracts(s, corr.id, 3, at + 4 * DAY, alice.email);
  await t.addFile({ folderId: ddFinance.id, name: "Management accounts FY2023.xlsx", size: 184_320, by: ben.email, at: at + 5 * DAY });
  await t.addFile({ folderId: ddFinance.id, name: "Data room index.zip", size: 3_145_728, by: ben.email, at: at + 5 * DAY });

  at += 7 * DAY;
  const harbour = addSite(s, 102, "Harbour Road Leasing", "Portfolio of office leases at Harbour Road", [[alice, "Admin"], [ben, "Admin"]], at);
  const leases = t.addFolder(102, harbour.rootFolderId, "Leases", ben.email, at);
  const signed = t.addFolder(102, leases.id, "Signed", ben.email, at);
  const drafts = t.addFolder(102, leases.id, "Drafts", ben.email, at);
  await addContracts(s, signed.id, 4, at + DAY, ben.email);
  await addContracts(s, drafts.id, 2, at + 2 * DAY, ben.email);

  at += 7 * DAY;
  const lit = addSite(s, 103, "Calder v Westgate – Litigation", "Commercial dispute: pleadings and disclosure", [[alice, "Admin"], [dana, "Read only"]], at, 2);
  const pleadings = t.addFolder(103, lit.rootFolderId, "Pleadings", alice.email, at);
  const disclosure = t.addFolder(103, lit.rootFolderId, "Disclosure", alice.email, at);
  await addContracts(s, pleadings.id, 2, at + DAY, alice.email);
  await t.addFile({ folderId: disclosure.id, name: "Disclosure bundle.zip", size: 52_428_800, by: alice.email, at: at + 2 * DAY });

  at += 7 * DAY;
  const board = addSite(s, 104, "Board Papers (restricted)", "Site protected by a site password", [[alice, "Member"], [ben, "Member"]], at, 2);
  await addContracts(s, board.rootFolderId, 2, at + DAY, alice.email);

  // Twenty older matter sites: with the default filterby=recent only 20 of alice's 24 sites come back.
  for (let i = 0; i < 20; i++) {
    const mAt = SEED_TIME - 400 * DAY + i * DAY;
    const site = addSite(s, 201 + i, `Matter 2023-${String(i + 1).padStart(3, "0")}`, "Closed matter archive", [[alice, "Member"]], mAt, 3);
    site.status = i % 4 === 3 ? "archived" : "active";
    await addContracts(s, site.rootFolderId, 1, mAt + DAY, alice.email);
  }

  seedSheets(s);
}

const CHOICE_STYLE = "#000000";

function seedSheets(s: HighQState): void {
  const docTypes = ["NDA", "Services agreement", "Lease", "Letter", "Supply agreement", "Licence agreement", "Other"];
  s.sheets.set(301, {
    id: 301,
    siteId: 101,
    name: "Document report",
    columns: [
      { id: 1201, title: "Document", type: "Single line text", required: true },
      { id: 1202, title: "Document type", type: "Choice", choices: docTypes.map((label, i) => ({ id: 101 + i, label, style: CHOICE_STYLE })) },
      { id: 1203, title: "Parties", type: "Multiple line text" },
      { id: 1204, title: "Governing law", type: "Single line text" },
      { id: 1205, title: "Effective date", type: "Date and time" },
      { id: 1206, title: "Expiry date", type: "Date and time" },
      { id: 1207, title: "Page count", type: "Number" },
      { id: 1208, title: "Word count", type: "Number" },
      { id: 1209, title: "Source path", type: "Single line text" },
      { id: 1210, title: "Reviewed by", type: "User lookup" },
      { id: 1211, title: "Link", type: "Hyperlink" },
      { id: 1212, title: "Ref", type: "Auto increment" },
    ],
    views: [{ viewid: 401, title: "All documents" }],
    items: new Map(),
    nextAuto: 1,
  });
  const tracker: Sheet = {
    id: 302,
    siteId: 102,
    name: "Lease tracker",
    columns: [
      { id: 1301, title: "Premises", type: "Single line text", required: true },
      { id: 1302, title: "Rent review date", type: "Date and time" },
      { id: 1303, title: "Annual rent", type: "Number" },
    ],
    views: [{ viewid: 402, title: "All leases" }],
    items: new Map(),
    nextAuto: 1,
  };
  for (const [i, [premises, date, rent]] of [
    ["Floor 3, 12 Harbour Road", "2026-06-24", "240000"],
    ["Floor 7, 12 Harbour Road", "2027-03-25", "310000"],
  ].entries()) {
    const itemid = s.nextItemId++;
    tracker.items.set(itemid, {
      itemid,
      externalid: `lease-${i + 1}`,
      values: new Map<number, Record<string, unknown>>([
        [1301, { value: premises }],
        [1302, { date, time: "00:00:00" }],
        [1303, { value: rent }],
      ]),
    });
  }
  s.sheets.set(302, tracker);
}
