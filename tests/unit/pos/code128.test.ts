import { describe, expect, it } from "vitest";
import { CODE128_PATTERNS, code128Bars, code128Values, START_B, START_C, STOP } from "@/lib/pos/code128";

/** An independent reader: modules → symbol values, as a scanner would decode them. */
function decode(bars: { x: number; width: number }[], modules: number, quiet: number): number[] {
  const row: boolean[] = Array(modules).fill(false);
  for (const bar of bars) for (let i = 0; i < bar.width; i++) row[bar.x + i] = true;
  const runs: number[] = [];
  let i = quiet;
  while (i < modules - quiet) {
    let j = i;
    while (j < modules - quiet && row[j] === row[i]) j++;
    runs.push(j - i);
    i = j;
  }
  const values: number[] = [];
  let at = 0;
  while (at < runs.length) {
    const stop = runs.slice(at, at + 7).join("");
    if (stop === CODE128_PATTERNS[STOP]) {
      values.push(STOP);
      break;
    }
    values.push(CODE128_PATTERNS.indexOf(runs.slice(at, at + 6).join("") as (typeof CODE128_PATTERNS)[number]));
    at += 6;
  }
  return values;
}

const checksumOk = (values: number[]) =>
  values.slice(0, -2).reduce((sum, v, i) => sum + v * Math.max(i, 1), 0) % 103 === values[values.length - 2];

describe("Code 128", () => {
  it("has 107 patterns of 11 modules (the stop 13), each starting with a bar", () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    for (const [i, pattern] of CODE128_PATTERNS.entries()) {
      const sum = [...pattern].reduce((s, d) => s + Number(d), 0);
      expect(sum, `pattern ${i}`).toBe(i === STOP ? 13 : 11);
    }
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
  });

  it("encodes an even digit string in code set C, two digits per symbol", () => {
    // Start C, 00, 01, 32: the module strings of a published example (11010011100 11011001100 11001101100 11000110110).
    const values = code128Values("000132");
    expect(values.slice(0, 4)).toEqual([START_C, 0, 1, 32]);
    expect(values[4]).toBe((105 + 0 * 1 + 1 * 2 + 32 * 3) % 103);
    const { bars } = code128Bars("000132", 0);
    const row: string[] = [];
    let x = 0;
    for (const bar of bars) {
      row.push("0".repeat(bar.x - x), "1".repeat(bar.width));
      x = bar.x + bar.width;
    }
    expect(row.join("").padEnd(44, "0").slice(0, 44)).toBe("11010011100" + "11011001100" + "11001101100" + "11000110110");
  });

  it("switches to code set B for an odd last digit, and uses set B for text", () => {
    expect(code128Values("12345").slice(0, 5)).toEqual([START_C, 12, 34, 100, "5".charCodeAt(0) - 32]);
    expect(code128Values("7").slice(0, 2)).toEqual([START_B, "7".charCodeAt(0) - 32]);
    expect(code128Values("AB-1").slice(0, 5)).toEqual([START_B, 33, 34, 13, 17]);
    expect(() => code128Values("é")).toThrow(RangeError);
    expect(() => code128Values("")).toThrow(RangeError);
  });

  it.each(["12345678901234567890", "00000000000000000001", "1234567", "SERIAL-42", "a"])(
    "round-trips %s through an independent reader with a valid checksum",
    (text) => {
      const quiet = 10;
      const { bars, modules } = code128Bars(text, quiet);
      const values = decode(bars, modules, quiet);
      expect(values).toEqual(code128Values(text));
      expect(checksumOk(values)).toBe(true);
      expect(modules).toBe(quiet * 2 + (values.length - 1) * 11 + 13);
    },
  );
});
