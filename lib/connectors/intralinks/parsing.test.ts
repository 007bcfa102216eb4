import { describe, expect, it } from "vitest";
import { parseIntralinksDate } from "./connector";
import { intralinksError, parseIntralinksFault } from "./errors";

describe("parseIntralinksFault", () => {
  it("finds errors in every body shape, including inside a 200", () => {
    expect(parseIntralinksFault({ status: { code: 200, message: "fine" }, workspace: [] })).toBeNull();
    expect(parseIntralinksFault({ status: { code: 200 }, errors: [{ code: 400, subCode: "3-1", message: "Cannot find entity" }] })).toMatchObject({
      code: 400,
      subcode: "3-1",
    });
    expect(parseIntralinksFault({ error: { code: 403, message: "logged in elsewhere.", subcode: "018" } })).toMatchObject({ code: 403, subcode: "018" });
    expect(parseIntralinksFault({ status: "Unauthorized", error: { code: 401, description: "invalid access token: Bearer X" } })).toMatchObject({ code: 401 });
    expect(parseIntralinksFault({ fault: { faultstring: "boom", code: 500 } })).toMatchObject({ message: "boom" });
    expect(parseIntralinksFault({ status: { code: 403, subcode: "3-4", message: "restricted" } })).toMatchObject({ subcode: "3-4" });
    expect(
      parseIntralinksFault("<xmlResponse><status><code>500</code><subcode>999</subcode><message>unexpected exception</message></status></xmlResponse>"),
    ).toMatchObject({ code: 500, subcode: "999" });
    expect(parseIntralinksFault({ ErrorCode: "invalid_request", Error: "invalid or null consumer key: X" })).toMatchObject({
      message: "invalid or null consumer key: X",
    });
  });

  it("reads gatekeepers next to the error", () => {
    const fault = parseIntralinksFault({
      status: { code: 403, subcode: "3-4", message: "Access to this workspace is restricted by your Access Gatekeeper" },
      errors: [{ code: 403, subCode: "3-4", message: "..." }],
      gatekeepers: { firstName: "Gail", lastName: "Keeper", emailId: "gail@firm.example", organization: "Firm LLP" },
    });
    expect(fault?.gatekeepers).toEqual([{ name: "Gail Keeper", email: "gail@firm.example", organization: "Firm LLP" }]);
    const error = intralinksError(403, fault, { operation: "folders", workspaceId: "7" });
    expect(error.code).toBe("EXCHANGE_ACCESS_RESTRICTED");
    expect(error.message).toContain("Gail Keeper <gail@firm.example>");
  });

  it.each([
    [{ error: { code: 403, message: "logged in elsewhere.", subcode: "018" } }, "SESSION_CONFLICT"],
    [{ error: { code: 403, message: "bad credentials", subcode: "017" } }, "INVALID_CREDENTIALS"],
    [{ errors: [{ code: 400, subCode: "3-1", message: "Cannot find entity in repository" }] }, "NOT_FOUND"],
    [{ status: "Unauthorized", error: { code: 401, description: "invalid access token: Bearer abc" } }, "REAUTH_REQUIRED"],
    [{ errors: [{ code: 403, subCode: "x", message: "no" }] }, "WORKSPACE_NOT_ACCESSIBLE"],
  ])("maps %j to %s", (body, code) => {
    const error = intralinksError(200, parseIntralinksFault(body), { operation: "folders" });
    expect(error.code).toBe(code);
    expect(JSON.stringify(error.details)).not.toContain("Bearer abc");
  });
});

describe("parseIntralinksDate", () => {
  it("reads {milliseconds}", () => {
    expect(parseIntralinksDate({ milliseconds: 1_700_000_000_000 })?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(parseIntralinksDate({ milliseconds: "1700000000000" })?.getTime()).toBe(1_700_000_000_000);
    expect(parseIntralinksDate(undefined)).toBeNull();
  });
});
