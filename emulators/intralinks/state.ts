/** Intralinks emulator state: users, workspaces (exchanges), folders/documents, OAuth, switches; and its seed. */
import { contractOf } from "../shared/content";
import { OAuthStore } from "../shared/oauth";
import { ALL_PEOPLE, PEOPLE, SEED_TIME, type Person } from "../shared/people";
import { current, Tree } from "../shared/tree";
import { INTRALINKS } from "./assumptions";

export type Permission = "SEE" | "CONTROL";
export type Drm = "NONE" | "NOSAVE" | "NOSAVENOPRINT";

export interface Workspace {
  id: number;
  name: string;
  phase: "OPEN" | "PREPARATION" | "HOLD" | "CLOSED" | "ARCHIVED";
  type: string;
  securityLevel: number;
  splashRequired: boolean;
  splashText: string;
  createdAt: number;
  members: Map<string, Permission>;
  /** emails of the compliance gatekeepers named when access is restricted */
  gatekeepers: string[];
}

export interface IntralinksConditions {
  /** every connection is dropped without an answer */
  unreachable: boolean;
  /** errors on resource calls come back with HTTP 200 and the error node in the body */
  errorsIn200: boolean;
  /** the apps behave as if no callback URL had been registered */
  redirectNotRegistered: boolean;
  /** users with "disallow concurrent logins" who are signed in elsewhere (e.g. a browser) */
  sessionConflict: string[];
  /** workspace id → emails whose access the gatekeeper has blocked */
  restrictedWorkspaces: Record<string, string[]>;
  /** workspaces with document encryption switched on: every document is protected */
  encryptedWorkspaces: number[];
  /** authorize endpoints refuse a bad key or callback URL with a generic message (same status and structure) */
  plainRefusalPages: boolean;
}

export interface IntralinksOptions {
  redirectUris: string[];
}

export const INTRALINKS_CLIENTS = {
  v2: { id: "ferry-demo-v2-key", secret: "ferry-demo-v2-secret" },
  v3: { id: "ferry-demo-v3-key", secret: "ferry-demo-v3-secret" },
} as const;

export class IntralinksState {
  users: Array<Person & { userId: number }> = [];
  workspaces = new Map<number, Workspace>();
  tree = new Tree("intralinks", 100_000);
  oauth = new OAuthStore({ ...INTRALINKS.lifetimes });
  conditions!: IntralinksConditions;
  /** "<access token>:<workspace id>" once the workspace was entered with that token */
  entered = new Set<string>();
  /** lower-cased emails with a live session outside the API (ended by endOtherSessions=true) */
  signedInElsewhere = new Set<string>();

  constructor(readonly options: IntralinksOptions) {}

  user(email: string) {
    return this.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
  }

  async reset(): Promise<void> {
    this.oauth = new OAuthStore({ ...INTRALINKS.lifetimes });
    const common = { name: "Ferry", redirectUris: [...this.options.redirectUris], allowRefresh: true, allowClientCredentials: true, serviceEmail: PEOPLE.alice.email };
    this.oauth.clients.set(INTRALINKS_CLIENTS.v2.id, { ...common, ...INTRALINKS_CLIENTS.v2, authVersion: "v2" });
    this.oauth.clients.set(INTRALINKS_CLIENTS.v3.id, { ...common, ...INTRALINKS_CLIENTS.v3, authVersion: "v3" });
    this.users = ALL_PEOPLE.map((p, i) => ({ ...p, userId: 7_000_101 + i }));
    this.workspaces = new Map();
    this.tree = new Tree("intralinks", 100_000);
    this.entered = new Set();
    this.signedInElsewhere = new Set();
    this.conditions = {
      unreachable: false,
      errorsIn200: false,
      redirectNotRegistered: false,
      plainRefusalPages: false,
      sessionConflict: [],
      restrictedWorkspaces: { "2003": [PEOPLE.chloe.email] },
      encryptedWorkspaces: [2005],
    };
    await seed(this);
  }
}

const { alice, ben, chloe, dana } = PEOPLE;
const DAY = 86_400_000;

function addWorkspace(s: IntralinksState, w: Omit<Workspace, "members" | "createdAt" | "gatekeepers" | "type" | "splashText">, members: Array<[Person, Permission]>): Workspace {
  const ws: Workspace = {
    ...w,
    type: "ARC",
    splashText: `Access to ${w.name} is confidential. By entering you agree to keep its contents confidential.`,
    createdAt: SEED_TIME - 90 * DAY,
    members: new Map(members.map(([p, r]) => [p.email.toLowerCase(), r])),
    gatekeepers: [dana.email],
  };
  s.workspaces.set(ws.id, ws);
  return ws;
}

async function addContracts(s: IntralinksState, folderId: number, count: number, at: number, attrs: Record<string, unknown> = {}): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const ext = i % 3 === 1 ? "docx" : "pdf";
    const f = await s.tree.addFile({ folderId, name: `pending.${ext}`, by: alice.email, at: at + i * 3_600_000, attrs });
    s.tree.renameFile(f.id, `${contractOf(current(f).spec)!.title.replace(/[/\\]/g, "-")}.${ext}`);
    ids.push(f.id);
  }
  return ids;
}

async function seed(s: IntralinksState): Promise<void> {
  const t = s.tree;
  const at = SEED_TIME - 80 * DAY;

  addWorkspace(s, { id: 2001, name: "Project Atlas – Sell-side VDR", phase: "OPEN", securityLevel: 1, splashRequired: true }, [
    [alice, "CONTROL"],
    [ben, "SEE"],
    [chloe, "SEE"],
  ]);
  const corp = t.addFolder(2001, null, "Corporate", alice.email, at);
  const constit = t.addFolder(2001, corp.id, "Constitutional documents", alice.email, at);
  const comm = t.addFolder(2001, null, "Commercial contracts", alice.email, at);
  const customers = t.addFolder(2001, comm.id, "Customers", alice.email, at);
  const suppliers = t.addFolder(2001, comm.id, "Suppliers", alice.email, at);
  const property = t.addFolder(2001, null, "Property", alice.email, at);
  await addContracts(s, constit.id, 2, at + DAY);
  await addContracts(s, customers.id, 4, at + 2 * DAY);
  await addContracts(s, suppliers.id, 3, at + 3 * DAY);
  await addContracts(s, property.id, 3, at + 4 * DAY);
  await addContracts(s, comm.id, 1, at + 5 * DAY, { drm: "NOSAVE" });
  await addContracts(s, comm.id, 1, at + 5 * DAY, { drm: "NOSAVENOPRINT", canDownload: false });
  await t.addFile({ folderId: property.id, name: "Site plans.zip", size: 8_388_608, by: alice.email, at: at + 6 * DAY });

  addWorkspace(s, { id: 2002, name: "Quayside Refinancing", phase: "OPEN", securityLevel: 1, splashRequired: false }, [
    [alice, "CONTROL"],
    [ben, "CONTROL"],
  ]);
  const facility = t.addFolder(2002, null, "Facility agreement", ben.email, at);
  const security = t.addFolder(2002, null, "Security", ben.email, at);
  await addContracts(s, facility.id, 3, at + 7 * DAY);
  await addContracts(s, security.id, 2, at + 8 * DAY);

  addWorkspace(s, { id: 2003, name: "Calder Foods – Project Harvest", phase: "OPEN", securityLevel: 1, splashRequired: true }, [
    [alice, "SEE"],
    [chloe, "SEE"],
  ]);
  const harvest = t.addFolder(2003, null, "Supply chain", alice.email, at);
  await addContracts(s, harvest.id, 3, at + 9 * DAY);

  addWorkspace(s, { id: 2004, name: "Meridian Health – Due Diligence (Phase 2)", phase: "PREPARATION", securityLevel: 6, splashRequired: true }, [[alice, "SEE"]]);
  const md = t.addFolder(2004, null, "Clinical contracts", alice.email, at);
  await addContracts(s, md.id, 2, at + 10 * DAY);

  addWorkspace(s, { id: 2005, name: "Kestrel Aviation – Protected Data Room", phase: "OPEN", securityLevel: 1, splashRequired: false }, [
    [alice, "SEE"],
    [ben, "SEE"],
  ]);
  const leases = t.addFolder(2005, null, "Aircraft leases", alice.email, at);
  await addContracts(s, leases.id, 3, at + 11 * DAY);

  addWorkspace(s, { id: 2006, name: "Project Orion (on hold)", phase: "HOLD", securityLevel: 1, splashRequired: false }, [[alice, "SEE"]]);
  const orion = t.addFolder(2006, null, "Term sheets", alice.email, at);
  await addContracts(s, orion.id, 1, at + 12 * DAY);
}
