import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SyncConfigDialog } from "./sync-config-dialog";

// The network boundary only: the save is the server action module, the reads are GET routes (fetch).
const configureSyncAction = vi.hoisted(() => vi.fn());
vi.mock("@/lib/actions/sync/sync-sources", () => ({ configureSyncAction }));

const FOLDER = "5b7e1c2a-0d7f-4c55-9a51-3f2a8c1d9e01";
const HIGHQ = "0c1f4a3e-7b2d-4e8f-9a6b-1d2c3e4f5a60";
const INTRALINKS = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

/** What each GET route answers in this test, keyed by the exact path and query the dialog asks for. */
let routes: Record<string, { status?: number; body: unknown }>;
let requested: string[];

beforeEach(() => {
  requested = [];
  routes = {
    [`/api/folders/${FOLDER}/sync-integrations`]: {
      body: [
        { id: HIGHQ, name: "Firm HighQ", provider: "highq", authorisation: "active", remoteAccount: "ana@firm.example" },
        { id: INTRALINKS, name: "Deal rooms", provider: "intralinks", authorisation: "not_authorised", remoteAccount: null },
      ],
    },
    [`/api/integrations/${HIGHQ}/workspaces`]: {
      body: [
        { id: "101", name: "Project Atlas", status: "available", reason: null, gatekeepers: [] },
        { id: "102", name: "Litigation hold", status: "unavailable", reason: "on legal hold", gatekeepers: [] },
      ],
    },
    [`/api/integrations/${HIGHQ}/remote-folders?workspaceId=101`]: {
      body: [
        { id: "9001", name: "Deals", hasChildren: true },
        { id: "9002", name: "HR", hasChildren: false },
      ],
    },
    [`/api/integrations/${HIGHQ}/remote-folders?workspaceId=101&parentId=9001`]: { body: [] },
    [`/api/integrations/${HIGHQ}/remote-preview?workspaceId=101&path=%2FDeals`]: {
      body: { path: "/Deals", documents: 3, bytes: 2048, folders: 1, notDownloadable: 2, truncated: false },
    },
  };
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      requested.push(url);
      const route = routes[url];
      return Response.json(route ? route.body : { error: `No answer for ${url}` }, { status: route ? (route.status ?? 200) : 599 });
    }),
  );
  configureSyncAction.mockReset().mockResolvedValue({ ok: true, data: "a-sync-source" });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderDialog() {
  const onClose = vi.fn();
  render(<SyncConfigDialog folderId={FOLDER} folderName="Atlas documents" current={null} returnTo={(id) => `/files?folder=${FOLDER}&sync=${id}`} onClose={onClose} />);
  return { onClose, user: userEvent.setup({ delay: null }) };
}

async function choose(user: ReturnType<typeof userEvent.setup>, combobox: string, option: string | RegExp) {
  await user.click(await screen.findByRole("combobox", { name: combobox }));
  await user.click(await screen.findByRole("option", { name: option }));
}

/** The preview button waits while a remote list loads, as a person would. */
async function clickOnceEnabled(user: ReturnType<typeof userEvent.setup>, name: string) {
  const button = screen.getByRole("button", { name }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  await user.click(button);
}

describe("the Sync Source settings dialog", () => {
  it("sends someone who has not authorised an integration to authorise it, and loads nothing remote for it", async () => {
    const { user } = renderDialog();
    await choose(user, "Integration", "Deal rooms (Intralinks)");

    expect(screen.getByText("Not authorised yet")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Authorise Deal rooms" });
    const href = new URL(link.getAttribute("href")!, "http://ferry.test");
    expect(href.pathname).toBe("/settings/integrations");
    expect(href.searchParams.get("authorise")).toBe(INTRALINKS);
    expect(href.searchParams.get("returnTo")).toBe(`/files?folder=${FOLDER}&sync=${INTRALINKS}`);
    expect(screen.queryByRole("combobox", { name: "Exchange" })).toBeNull();
    expect((screen.getByRole("button", { name: "Activate Sync" }) as HTMLButtonElement).disabled).toBe(true);
    expect(requested).toEqual([`/api/folders/${FOLDER}/sync-integrations`]);
  });

  it("browses to a remote folder, previews it, and activates with the chosen interval", async () => {
    const { user, onClose } = renderDialog();
    await choose(user, "Integration", "Firm HighQ (HighQ)");
    expect(screen.getByText("Runs as ana@firm.example.")).toBeTruthy();

    await user.click(await screen.findByRole("combobox", { name: "Site" }));
    const held = await screen.findByRole("option", { name: "Litigation hold — on legal hold" });
    expect(held.getAttribute("aria-disabled")).toBe("true");
    await user.click(screen.getByRole("option", { name: "Project Atlas" }));

    const remoteFolders = await screen.findByRole("list", { name: "Remote folders" });
    await user.click(await within(remoteFolders).findByRole("button", { name: "Deals" }));
    expect(await within(remoteFolders).findByText("No subfolders.")).toBeTruthy();
    expect((screen.getByLabelText("Remote folder") as HTMLInputElement).value).toBe("/Deals");
    const trail = screen.getByRole("navigation", { name: "Remote folder location" });
    expect(within(trail).getAllByRole("button").map((button) => button.textContent)).toEqual(["Project Atlas", "Deals"]);

    await clickOnceEnabled(user, "Check folder and preview");
    const preview = await screen.findByRole("status");
    expect(preview.textContent).toMatch(/^3 documents, .+ in 1 subfolder; 2 protected or view-only will be skipped$/);

    await choose(user, "Sync interval", "Every 4 hours");
    await user.click(screen.getByRole("button", { name: "Activate Sync" }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(configureSyncAction).toHaveBeenCalledTimes(1);
    expect(configureSyncAction).toHaveBeenCalledWith({ folderId: FOLDER, integrationId: HIGHQ, workspaceId: "101", path: "/Deals", intervalMinutes: "240" });
  });

  it("shows why a typed folder cannot be previewed, and keeps the dialog open when saving is refused", async () => {
    routes[`/api/integrations/${HIGHQ}/remote-preview?workspaceId=101&path=%2FDeals%2FNo+such`] = { status: 404, body: { error: "The folder /Deals/No such was not found in Project Atlas." } };
    configureSyncAction.mockResolvedValue({ ok: false, error: "Another folder of this division already syncs that remote folder." });
    const { user, onClose } = renderDialog();
    await choose(user, "Integration", "Firm HighQ (HighQ)");
    await choose(user, "Site", "Project Atlas");

    const path = await screen.findByLabelText("Remote folder");
    await user.clear(path);
    await user.type(path, "/Deals/No such");
    await clickOnceEnabled(user, "Check folder and preview");
    expect(await screen.findByText("The folder /Deals/No such was not found in Project Atlas.")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Activate Sync" }));
    expect(await screen.findByText("Another folder of this division already syncs that remote folder.")).toBeTruthy();
    expect(configureSyncAction).toHaveBeenCalledWith(expect.objectContaining({ path: "/Deals/No such", intervalMinutes: "60" }));
    expect(onClose).not.toHaveBeenCalled();
  });

  it("shows the server's refusal of a remote listing in place of the list", async () => {
    routes[`/api/integrations/${HIGHQ}/workspaces`] = { status: 400, body: { error: "Authorise Firm HighQ with your HighQ account first." } };
    const { user } = renderDialog();
    await choose(user, "Integration", "Firm HighQ (HighQ)");
    expect(await screen.findByText("Authorise Firm HighQ with your HighQ account first.")).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Site" })).toBeNull();
  });

  it("tells someone removed from the division why nothing is offered", async () => {
    routes[`/api/folders/${FOLDER}/sync-integrations`] = { status: 403, body: { error: "You are not a member of that division." } };
    renderDialog();
    expect(await screen.findByText("You are not a member of that division.")).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Integration" })).toBeNull();
    expect(screen.queryByLabelText("Loading integrations")).toBeNull();
  });
});
