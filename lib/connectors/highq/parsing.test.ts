import { describe, expect, it } from "vitest";
import { parseHighqDate } from "./dates";
import { highqError, parseHighqError, parseValidationErrors } from "./errors";
import { columnKind, fromRawData, toRawData } from "./isheets";

describe("parseHighqDate", () => {
  it("reads HighQ's dd MMM yyyy HH:mm as UTC", () => {
    expect(parseHighqDate("20 Jun 2014 10:06")?.toISOString()).toBe("2014-06-20T10:06:00.000Z");
    expect(parseHighqDate("5 Jan 2024 09:00")?.toISOString()).toBe("2024-01-05T09:00:00.000Z");
  });

  it("reads ISO-8601 too, zoneless as UTC", () => {
    expect(parseHighqDate("2024-03-01T12:30:00Z")?.toISOString()).toBe("2024-03-01T12:30:00.000Z");
    expect(parseHighqDate("2024-03-01T12:30:00")?.toISOString()).toBe("2024-03-01T12:30:00.000Z");
    expect(parseHighqDate("2024-03-01T12:30:00+02:00")?.toISOString()).toBe("2024-03-01T10:30:00.000Z");
  });

  it("returns null for blanks and nonsense instead of an Invalid Date", () => {
    expect(parseHighqDate(undefined)).toBeNull();
    expect(parseHighqDate("")).toBeNull();
    expect(parseHighqDate("31 Feb 2024 10:00")).toBeNull();
    expect(parseHighqDate("yesterday")).toBeNull();
  });
});

describe("HighQ error bodies", () => {
  it("reads nested, flat and XML error bodies", () => {
    expect(parseHighqError({ error: { summary: "Access denied", ref: 123, link: "x" } })).toEqual({ summary: "Access denied", ref: 123 });
    expect(parseHighqError({ summary: "Not authorised", ref: "401" })).toEqual({ summary: "Not authorised", ref: 401 });
    expect(parseHighqError("<error><summary>File does not exist</summary><ref>101</ref></error>")).toEqual({ summary: "File does not exist", ref: 101 });
  });

  it.each([
    [403, { error: { summary: "Access denied: this site is protected by a site password", ref: 123 } }, "folders", "PASSWORD_PROTECTED_SITE"],
    [403, { error: { summary: "Access denied: this site only accepts requests from registered IP addresses", ref: 123 } }, "files", "IP_RESTRICTED"],
    [401, { error: { summary: "Caller IP address is not registered", ref: 53 } }, "sites", "IP_RESTRICTED"],
    [403, { error: { summary: "Access denied: the site's terms and conditions have not been accepted", ref: 123 } }, "folders", "TERMS_NOT_ACCEPTED"],
    [403, { error: { summary: "Access denied: documents on this site are protected by DRM", ref: 123 } }, "download", "ENCRYPTED_DOCUMENT"],
    [403, { error: { summary: "Access denied", ref: 123 } }, "folders", "WORKSPACE_NOT_ACCESSIBLE"],
    [403, { summary: "Access denied", ref: 123 }, "download", "NO_DOWNLOAD_PERMISSION"],
    [404, { error: { summary: "Folder does not exist", ref: 102 } }, "folders", "NOT_FOUND"],
    [401, { error: { summary: "Not authorised", ref: 401 } }, "sites", "REAUTH_REQUIRED"],
    [500, "<html>oops</html>", "sites", "REMOTE_ERROR"],
  ] as const)("maps %i %j during %s to %s", (status, body, operation, code) => {
    expect(highqError(status, body, { operation }).code).toBe(code);
  });

  it("reads per-column validation messages", () => {
    const body = {
      items: { item: { index: 1, columns: { column: [{ columnid: 1216, status: "ERROR", statuscode: 403, message: "#Name is required" }] } } },
    };
    expect(parseValidationErrors(body)).toEqual([{ columnId: "1216", message: "#Name is required" }]);
  });
});

describe("iSheet values", () => {
  it("maps display names and aliases to one kind", () => {
    expect(columnKind("Single line text")).toBe("text");
    expect(columnKind("SHEET_COLUMN_TYPE_SINGLE_LINE_TEXT")).toBe("text");
    expect(columnKind("SHEET_COLUMN_TYPE_LOOKUP")).toBe("user_lookup");
    expect(columnKind("User lookup")).toBe("user_lookup");
    expect(columnKind("SHEET_COLUMN_TYPE_SHEET_LOOKUP")).toBe("sheet_lookup");
    expect(columnKind("Date and time")).toBe("date");
    expect(columnKind("Attachment")).toBe("other");
  });

  it("writes each value in its rawdata shape", () => {
    expect(toRawData("Contract A")).toEqual({ value: "Contract A" });
    expect(toRawData(10.5)).toEqual({ value: "10.5" });
    expect(toRawData(new Date("2017-11-15T11:14:00Z"))).toEqual({ date: "15.11.2017", time: "11:14" });
    expect(toRawData({ choiceIds: ["101"] })).toEqual({ choices: { choice: [{ id: 101 }] } });
    expect(toRawData({ userIds: ["110"] })).toEqual({ lookups: { lookup: [{ id: 110 }] } });
    expect(toRawData({ linkLabel: "x", url: "https://x" })).toEqual({ linkdisplayname: "x", linkdisplayurl: "https://x" });
  });

  it("reads each rawdata shape, one-item lists as objects included", () => {
    expect(fromRawData({ value: "Contract A" })).toBe("Contract A");
    expect(fromRawData({ date: "2021-09-27", time: "11:56:50" })).toBe("2021-09-27T11:56:50");
    expect(fromRawData({ choices: { choice: { label: "Finance", style: "#000000" } } })).toEqual(["Finance"]);
    expect(fromRawData({ lookups: { lookup: [{ id: "1407", email: "a@b.c" }] } })).toEqual(["a@b.c"]);
    expect(fromRawData({ isheetitems: { isheetitem: { recordid: 5, linkname: "Row 5" } } })).toEqual(["Row 5"]);
    expect(fromRawData(undefined)).toBeNull();
  });
});
