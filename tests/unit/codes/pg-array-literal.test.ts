// The text[] literal the PostgreSQL bulk writer sends for a batch's codes and ids.
import { describe, expect, it } from "vitest";
import { textArrayLiteral } from "@/lib/codes/bulk-writer-postgres";

describe("textArrayLiteral", () => {
  it("quotes every element, so a code such as NULL stays text", () => {
    expect(textArrayLiteral(["NULL", "A-1", "x%_@&!"])).toBe('{"NULL","A-1","x%_@&!"}');
  });

  it("is {} for no elements", () => {
    expect(textArrayLiteral([])).toBe("{}");
  });

  it("escapes quotes and backslashes, should a value ever hold one", () => {
    expect(textArrayLiteral(['a"b', "c\\d", "e,f"])).toBe('{"a\\"b","c\\\\d","e,f"}');
  });
});
