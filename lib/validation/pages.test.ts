import { describe, expect, it } from "vitest";
import {
  divisionParamsSchema,
  documentParamsSchema,
  filesSearchSchema,
  insightsSearchSchema,
  integrationsSearchSchema,
  parseParams,
  parseSearch,
  refusedSearchSchema,
  reportHistorySearchSchema,
  reportTargetParamsSchema,
  reportTargetsSearchSchema,
  signInSearchSchema,
} from "./pages";
import { SEARCH_MAX } from "./fields";

const ID = "0b6f2f5e-8a36-4c1e-9f43-2d1a7c9e5b10";

/** What `notFound()` throws: Next.js renders the nearest not-found page with a 404. */
function expectNotFound(run: () => unknown) {
  expect(run).toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
}

describe("file pages", () => {
  it("a document address without a uuid is not found, before anything reaches the database", () => {
    for (const documentId of ["not-a-uuid", "1; drop table documents", "", `${ID}x`]) expectNotFound(() => parseParams(documentParamsSchema, { documentId }));
    expect(parseParams(documentParamsSchema, { documentId: ID })).toEqual({ documentId: ID });
  });

  it("the file listing opens with defaults for whatever the address carries", () => {
    expect(parseSearch(filesSearchSchema, { division: "nope", folder: "../etc", sort: "sideways", page: "-3", q: "x".repeat(10_000) })).toEqual({
      division: undefined,
      folder: undefined,
      sort: "name",
      page: 1,
      q: "x".repeat(SEARCH_MAX),
    });
    expect(parseSearch(filesSearchSchema, { folder: [ID, "other"], sort: "-size", page: "4", q: "  lease  " })).toEqual({ division: undefined, folder: ID, sort: "-size", page: 4, q: "lease" });
    expect(parseSearch(filesSearchSchema, {})).toEqual({ division: undefined, folder: undefined, sort: "name", page: 1, q: undefined });
  });
});

describe("insights pages", () => {
  it("insights of a document without a uuid are not found", () => {
    expectNotFound(() => parseParams(documentParamsSchema, { documentId: "report.pdf" }));
  });

  it("an unknown status or sort falls back; a long search is cut", () => {
    const search = parseSearch(insightsSearchSchema, { status: "archived", sort: "-colour", page: "1e9", q: `  ${"y".repeat(SEARCH_MAX + 50)}` });
    expect(search).toMatchObject({ status: "all", sort: "name", page: 1, q: "y".repeat(SEARCH_MAX) });
    expect(parseSearch(insightsSearchSchema, { status: "problems", sort: "-expiry" })).toMatchObject({ status: "problems", sort: "-expiry" });
  });
});

describe("report pages", () => {
  it("a report target address without a uuid is not found; a bad run choice is ignored", () => {
    expectNotFound(() => parseParams(reportTargetParamsSchema, { reportTargetId: "42" }));
    expect(parseSearch(reportHistorySearchSchema, { run: "latest" })).toEqual({ run: undefined });
    expect(parseSearch(reportTargetsSearchSchema, { division: "all" })).toEqual({ division: undefined });
  });
});

describe("settings pages", () => {
  it("a division address without a uuid is not found", () => {
    expectNotFound(() => parseParams(divisionParamsSchema, { divisionId: "sales" }));
  });

  it("the Integrations page ignores codes and ids it cannot use", () => {
    expect(parseSearch(integrationsSearchSchema, { error: "<script>", integration: "x", authorised: ID, returnTo: "/files".repeat(200) })).toEqual({
      error: undefined,
      integration: undefined,
      authorised: ID,
      authorise: undefined,
      returnTo: undefined,
    });
    expect(parseSearch(integrationsSearchSchema, { error: "STATE_MISMATCH" })).toMatchObject({ error: "STATE_MISMATCH" });
  });
});

describe("sign-in pages", () => {
  it("an over-long return address and an unknown refusal reason fall back", () => {
    expect(parseSearch(signInSearchSchema, { callbackUrl: `/${"a".repeat(5000)}` })).toEqual({ callbackUrl: undefined });
    expect(parseSearch(refusedSearchSchema, { reason: "because" })).toEqual({ reason: "tampered" });
    expect(parseSearch(refusedSearchSchema, { reason: "untrusted" })).toEqual({ reason: "untrusted" });
  });
});
