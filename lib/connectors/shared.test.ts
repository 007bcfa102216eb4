import { describe, expect, it } from "vitest";
import { resolvePathFromRoot, withExtension } from "./paths";
import { asList, toBool, toNumber } from "./lenient";
import { allPages, collect } from "./paging";
import type { RemoteFolder } from "./types";

describe("lenient readers", () => {
  it("treats a bare object as a one-item list", () => {
    expect(asList({ id: 1 })).toEqual([{ id: 1 }]);
    expect(asList([{ id: 1 }, { id: 2 }])).toHaveLength(2);
    expect(asList(undefined)).toEqual([]);
  });

  it("reads numbers and flags sent as strings", () => {
    expect(toNumber("1024")).toBe(1024);
    expect(toNumber("")).toBeUndefined();
    expect(toBool("1")).toBe(true);
    expect(toBool("F")).toBe(false);
    expect(toBool("T")).toBe(true);
  });
});

describe("allPages", () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it("pages to the end by total and by short page", async () => {
    const offsets: number[] = [];
    const all = await collect(
      allPages(10, async (offset, limit) => {
        offsets.push(offset);
        return { items: items.slice(offset, offset + limit), total: 25 };
      }),
    );
    expect(all).toEqual(items);
    expect(offsets).toEqual([0, 10, 20]);
  });

  it("stops when the remote ignored the limit or sent no paging", async () => {
    let calls = 0;
    const all = await collect(
      allPages(10, async () => {
        calls++;
        return { items };
      }),
    );
    expect(all).toHaveLength(25);
    expect(calls).toBe(1);
  });
});

describe("resolvePathFromRoot", () => {
  const tree: Record<string, RemoteFolder[]> = {
    root: [
      { id: "1", name: "Deals", parentId: "root" },
      { id: "2", name: "Litigation", parentId: "root" },
    ],
    "1": [{ id: "3", name: "Project X", parentId: "1" }],
    "3": [],
  };
  const list = async (id: string) => tree[id] ?? [];
  const context = { provider: "highq" as const, workspaceId: "9" };

  it("follows the path, tolerating slashes and letter case", async () => {
    expect(await resolvePathFromRoot("root", "/deals/Project X/", list, context)).toEqual({ id: "3", path: "/Deals/Project X" });
    expect(await resolvePathFromRoot("root", "/", list, context)).toEqual({ id: "root", path: "/" });
  });

  it("names the missing segment", async () => {
    await expect(resolvePathFromRoot("root", "/Deals/Project Y", list, context)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining('in "/Deals" there is no folder "Project Y"'),
    });
  });
});

describe("withExtension", () => {
  it("adds the remote's separate extension once, with or without its dot", () => {
    expect(withExtension("SPA", ".pdf")).toBe("SPA.pdf");
    expect(withExtension("SPA", "pdf")).toBe("SPA.pdf");
    expect(withExtension("SPA.PDF", "pdf")).toBe("SPA.PDF");
    expect(withExtension("README", "")).toBe("README");
  });
});
