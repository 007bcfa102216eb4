import { expect, it } from "vitest";
import { plural } from "./plural";

it("agrees the noun with the count", () => {
  expect(plural(1, "document")).toBe("1 document");
  expect(plural(0, "document")).toBe("0 documents");
  expect(plural(3, "subfolder")).toBe("3 subfolders");
  expect(plural(2, "exchange", "exchanges")).toBe("2 exchanges");
});
