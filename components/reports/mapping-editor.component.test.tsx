import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReportTargetForm } from "./report-target-form";

// The mapping editor as people meet it: inside the report target form, which reads the iSheet's
// columns from a GET route (fetch) and saves with a server action. Only those two are stubbed.
const actions = vi.hoisted(() => ({ createReportTargetAction: vi.fn(), updateReportTargetAction: vi.fn() }));
vi.mock("@/lib/actions/reports/report-targets", () => actions);

const DIVISION = "2d1c0b9a-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
const CONTRACTS = "6a5b4c3d-2e1f-4a9b-8c7d-6e5f4a3b2c1d";
const LEASES = "7b6c5d4e-3f2a-4b1c-9d8e-7f6a5b4c3d2e";
const DEALS_FOLDER = "8c7d6e5f-4a3b-4c2d-8e9f-8a7b6c5d4e3f";

const column = (id: string, title: string, type: string, extra: { writable?: boolean; choices?: string[] } = {}) => ({
  id,
  title,
  kind: "column",
  remoteType: `SHEET_COLUMN_TYPE_${type}`,
  required: false,
  writable: extra.writable ?? true,
  choices: (extra.choices ?? []).map((label, index) => ({ id: `${id}-${index}`, label })),
});

const CONTRACT_COLUMNS = [
  column("1201", "Document title", "SINGLE_LINE_TEXT"),
  column("1202", "Effective", "DATE_AND_TIME"),
  column("1203", "Pages", "NUMBER"),
  column("1204", "Owner", "LOOKUP"),
  column("1205", "Kind", "CHOICE", { choices: ["NDA", "Services agreement"] }),
];

let routes: Record<string, { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>>;

beforeEach(() => {
  routes = {
    [`/api/integration-targets/${CONTRACTS}/mapping-editor`]: {
      body: { columns: CONTRACT_COLUMNS, proposals: { title: "1201", effectiveDate: "1202", pageCount: "1203", parties: null } },
    },
  };
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const route = await routes[url];
      return Response.json(route ? route.body : { error: `No answer for ${url}` }, { status: route ? (route.status ?? 200) : 599 });
    }),
  );
  actions.createReportTargetAction.mockReset().mockResolvedValue({ ok: true, data: "a-report-target" });
  actions.updateReportTargetAction.mockReset().mockResolvedValue({ ok: true, data: undefined });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

type Props = Partial<Parameters<typeof ReportTargetForm>[0]>;

function renderForm(props: Props = {}) {
  const onDone = vi.fn();
  render(
    <ReportTargetForm
      divisionId={DIVISION}
      integrationTargets={[{ id: CONTRACTS, name: "Contract register", sheetName: "Contracts" }]}
      folders={[{ id: DEALS_FOLDER, label: "Deals" }]}
      onDone={onDone}
      {...props}
    />,
  );
  return { onDone, user: userEvent.setup({ delay: null }) };
}

// Queries go by label, and options are looked for in the open list only: the form has a select per
// insight field, and role queries over all of them are slow in jsdom.
const select = (label: string) => screen.getByLabelText(label);

async function openList(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(await screen.findByLabelText(label));
  return within(await screen.findByRole("listbox"));
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string | RegExp) {
  await user.click((await openList(user, label)).getByRole("option", { name: option }));
}

/** The row of one insight field in the mapping editor. */
const row = (label: string) => select(`Column for ${label}`).closest("div.grid") as HTMLElement;
const submit = (name = "Create report target") => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("the mapping editor in the report target form", () => {
  it("starts from the proposed matches and creates the report with what the person chose", async () => {
    const { user, onDone } = renderForm();
    expect(await screen.findByLabelText("Field mapping")).toBeTruthy();
    expect(select("Column for Title").textContent).toMatch(/^Document title/);
    expect(select("Column for Effective date").textContent).toMatch(/^Effective/);
    expect(select("Column for Parties").textContent).toBe("Not sent");

    await user.type(screen.getByLabelText("Name"), "Contracts");
    await choose(user, "Scope", "Deals and its subfolders");
    await choose(user, "Schedule", "Every…");
    const hours = screen.getByLabelText("Hours between runs");
    await user.clear(hours);
    await user.type(hours, "12");
    await choose(user, "Column for Page count", "Not sent");
    await user.click(screen.getByLabelText("Leave low-confidence values blank"));
    await user.click(submit());

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(actions.createReportTargetAction).toHaveBeenCalledTimes(1);
    const sent = actions.createReportTargetAction.mock.calls[0][0];
    expect(sent).toEqual({
      divisionId: DIVISION,
      name: "Contracts",
      integrationTargetId: CONTRACTS,
      folderId: DEALS_FOLDER,
      scheduleHours: 12,
      mapping: expect.any(Array),
      lowConfidence: "blank",
    });
    expect(sent.mapping).toHaveLength(2);
    expect(sent.mapping).toEqual(expect.arrayContaining([{ field: "title", columnId: "1201" }, { field: "effectiveDate", columnId: "1202" }]));
  });

  it("explains a column that cannot hold the field, and allows saving again once it is undone", async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("Name"), "Register");
    await screen.findByLabelText("Field mapping");
    expect(submit().disabled).toBe(false);

    await choose(user, "Column for Parties", /^Owner/);
    expect(within(row("Parties")).getByText("User lookup columns hold HighQ users, which no insight field is; choose a text column.")).toBeTruthy();
    expect(select("Column for Parties").getAttribute("aria-invalid")).toBe("true");
    expect(submit().disabled).toBe(true);

    // A column another field already uses is offered but cannot be picked.
    const options = await openList(user, "Column for Parties");
    expect(options.getByRole("option", { name: /^Pages/ }).getAttribute("aria-disabled")).toBe("true");
    await user.keyboard("{Escape}");

    await choose(user, "Column for Parties", "Not sent");
    expect(within(row("Parties")).queryByText(/User lookup columns/)).toBeNull();
    expect(submit().disabled).toBe(false);
  });

  it("notes the options a choice column lacks without refusing it", async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("Name"), "Register");
    await choose(user, "Column for Document type", /^Kind/);
    expect(within(row("Document type")).getByText(/^The column has no option for Licence agreement, .+; documents with those values will be reported as failed rows\.$/)).toBeTruthy();
    expect(submit().disabled).toBe(false);
  });

  it("keeps an existing report's mapping, flags a column chosen twice, and saves the edit", async () => {
    const { user, onDone } = renderForm({
      initial: {
        id: "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b",
        name: "Register",
        integrationTargetId: CONTRACTS,
        folderId: null,
        scheduleHours: null,
        lowConfidence: "push",
        mapping: [
          { field: "title", columnId: "1201" },
          { field: "fileName", columnId: "1201" },
        ],
      },
    });
    await screen.findByLabelText("Field mapping");
    // Not the proposals: the saved mapping, whose two fields share a column.
    expect(select("Column for Effective date").textContent).toBe("Not sent");
    expect(within(row("Title")).getByText("“Document title” is also chosen for File name; each column holds one field.")).toBeTruthy();
    expect(within(row("File name")).getByText("“Document title” is also chosen for Title; each column holds one field.")).toBeTruthy();
    expect(submit("Save report target").disabled).toBe(true);

    await choose(user, "Column for File name", "Not sent");
    expect(screen.queryByText(/is also chosen for/)).toBeNull();
    await user.click(submit("Save report target"));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(actions.updateReportTargetAction).toHaveBeenCalledWith(
      expect.objectContaining({ reportTargetId: "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b", mapping: [{ field: "title", columnId: "1201" }], scheduleHours: null, folderId: null }),
    );
  });

  it("reads the new iSheet's columns when the target changes, and shows the server's refusal to read them", async () => {
    let answerLeases!: (route: { status: number; body: unknown }) => void;
    routes[`/api/integration-targets/${LEASES}/mapping-editor`] = new Promise((resolve) => (answerLeases = resolve));
    const { user } = renderForm({
      integrationTargets: [
        { id: CONTRACTS, name: "Contract register", sheetName: "Contracts" },
        { id: LEASES, name: "Lease register", sheetName: "Leases" },
      ],
    });
    expect(screen.getByText("Choose an integration target to map its columns.")).toBeTruthy();
    await choose(user, "Integration target", "Contract register (Contracts)");
    await screen.findByLabelText("Field mapping");

    await choose(user, "Integration target", "Lease register (Leases)");
    expect(screen.getByText("Reading the iSheet's columns…")).toBeTruthy();
    expect(screen.queryByLabelText("Field mapping")).toBeNull();
    answerLeases({ status: 400, body: { error: "Authorise “Firm HighQ” with your HighQ account first (Settings → Integrations)." } });
    expect(await screen.findByText("Authorise “Firm HighQ” with your HighQ account first (Settings → Integrations).")).toBeTruthy();
    expect(screen.queryByText(/Reading the iSheet/)).toBeNull();
  });

  it("shows why the server refused to save, and stays open", async () => {
    actions.createReportTargetAction.mockResolvedValue({ ok: false, error: "Only administrators of this division can manage report targets." });
    const { user, onDone } = renderForm();
    await user.type(screen.getByLabelText("Name"), "Register");
    await screen.findByLabelText("Field mapping");
    await user.click(submit());
    expect(await screen.findByText("Only administrators of this division can manage report targets.")).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
