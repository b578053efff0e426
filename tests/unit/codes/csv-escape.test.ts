import { describe, expect, it } from "vitest";
import { csvCell, csvLine, escapeFormula, unescapeFormula } from "@/lib/codes/csv-escape";

describe("formula-injection escaping", () => {
  it.each([
    ["=SUM(A1:A3)", "'=SUM(A1:A3)"],
    ["+1234", "'+1234"],
    ["-ABC", "'-ABC"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ["ABC", "ABC"],
    ["A=B", "A=B"],
    ["", ""],
  ])("escapeFormula(%j) = %j", (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  it("quotes cells with commas, quotes and line breaks after escaping", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("\rCR")).toBe(`"'\rCR"`);
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
  });

  it("writes numbers, booleans and empty values", () => {
    expect(csvLine([12, true, null, undefined, "-5"])).toBe("12,true,,,'-5\r\n");
  });

  it("round-trips through unescapeFormula for every risky start", () => {
    for (const value of ["=X", "+X", "-X", "@X", "\tX", "\rX", "X"]) expect(unescapeFormula(escapeFormula(value))).toBe(value);
    expect(unescapeFormula("'plain")).toBe("'plain");
    expect(unescapeFormula("'")).toBe("'");
  });
});
