import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  analysePattern,
  exampleCode,
  fillPattern,
  formatBig,
  formatChance,
  PatternInput,
  type PatternInput as Input,
} from "@/lib/codes/pattern";

const analyse = (input: Input) => analysePattern(PatternInput.parse(input));
const ok = (input: Input) => {
  const result = analyse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.causes));
  return result.analysis;
};
const causes = (input: Input) => {
  const result = analyse(input);
  return result.ok ? [] : result.causes.map((c) => [c.field, c.code]);
};

describe("pattern analysis", () => {
  it("counts the space of a # pattern and the guess chance", () => {
    const a = ok({ count: 1000, pattern: "XMAS-####-####", charset: "numbers" });
    expect(a.space).toBe(10n ** 8n);
    expect(a.guessChance).toBe(1000 / 1e8);
    expect(a.codeLength).toBe(14);
  });

  it("uses charset and length when there is no pattern, with prefix and postfix", () => {
    const a = ok({ count: 10, length: 6, charset: "alphanumericUppercase", prefix: "SUMMER-", postfix: "-24" });
    expect(a.template).toBe("######");
    expect(a.space).toBe(36n ** 6n);
    expect(a.codeLength).toBe(16);
  });

  it("deduplicates a custom charset", () => {
    expect(ok({ count: 1, length: 3, charset: "custom", customCharset: "ABAB" }).space).toBe(8n);
  });

  it("refuses more than half of the space, naming the limit", () => {
    expect(ok({ count: 50, length: 2, charset: "numbers" }).maxCount).toBe(50);
    expect(causes({ count: 51, length: 2, charset: "numbers" })).toEqual([["count", "too_big"]]);
    expect(causes({ count: 6, pattern: "A#", charset: "numbers" })).toEqual([["count", "too_big"]]);
  });

  it("refuses codes over 64 characters including prefix and postfix", () => {
    expect(causes({ count: 1, length: 60, prefix: "ABCDE" })).toEqual([["pattern", "too_long"]]);
    expect(ok({ count: 1, length: 59, prefix: "ABCDE" }).codeLength).toBe(64);
  });

  it("refuses characters codes cannot hold", () => {
    expect(causes({ count: 1, pattern: "XMAS ####" })).toEqual([["pattern", "invalid_characters"]]);
    expect(causes({ count: 1, length: 8, prefix: "é" })).toEqual([["prefix", "invalid_characters"]]);
    expect(causes({ count: 1, length: 8, postfix: "/" })).toEqual([["postfix", "invalid_characters"]]);
    expect(causes({ count: 1, length: 8, charset: "custom", customCharset: "AB C" })).toEqual([["customCharset", "invalid_characters"]]);
    expect(causes({ count: 1, length: 8, charset: "custom", customCharset: "AAAA" })).toEqual([["customCharset", "too_small"]]);
  });

  it("needs a placeholder or a length", () => {
    expect(causes({ count: 1, pattern: "NOPLACEHOLDER" })).toEqual([["pattern", "no_placeholder"]]);
    expect(causes({ count: 1 })).toEqual([["length", "required"]]);
  });

  it("rejects counts outside 1–1,000,000 at the schema", () => {
    expect(PatternInput.safeParse({ count: 0, length: 8 }).success).toBe(false);
    expect(PatternInput.safeParse({ count: 1_000_001, length: 20 }).success).toBe(false);
    expect(PatternInput.safeParse({ count: 1_000_000, length: 20 }).success).toBe(true);
  });

  it("formats big numbers and chances for people", () => {
    expect(formatBig(100_000_000n)).toBe("100,000,000");
    expect(formatBig(36n ** 20n)).toBe("1.33 × 10^31");
    expect(formatChance(1000 / 1e8)).toBe("1 in 100,000");
    expect(formatChance(1e-20)).toBe("1 in 1.00 × 10^20");
  });
});

describe("filling a pattern", () => {
  it("produces codes of the pattern's shape from the charset", () => {
    const a = ok({ count: 500, pattern: "XMAS-####-####", charset: "numbers", postfix: "!" });
    const codes = fillPattern(a, 500, randomBytes);
    expect(codes).toHaveLength(500);
    for (const code of codes) expect(code).toMatch(/^XMAS-\d{4}-\d{4}!$/);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });

  it("uses every character of the alphabet about equally (no modulo bias)", () => {
    const a = ok({ count: 1, length: 1, charset: "custom", customCharset: "ABC" });
    const counts = new Map<string, number>();
    for (const code of fillPattern(a, 30_000, randomBytes)) counts.set(code, (counts.get(code) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(["A", "B", "C"]);
    for (const n of counts.values()) expect(Math.abs(n - 10_000)).toBeLessThan(600);
  });

  it("skips random bytes that would bias the draw", () => {
    const a = ok({ count: 1, length: 2, charset: "custom", customCharset: "ABC" });
    // 255 is above the last multiple of 3 (255 = 3*85, so the limit is 255): it must be skipped.
    const source = () => new Uint8Array([255, 0, 255, 4]);
    expect(fillPattern(a, 1, source)).toEqual(["AB"]);
  });
});

describe("example code", () => {
  it("is the same for the same pattern on every call, fits the pattern, and changes with it", () => {
    const xmas = ok({ count: 1, pattern: "XMAS-####-####", charset: "numbers" });
    const first = exampleCode(xmas);
    expect(exampleCode(xmas)).toBe(first);
    expect(first).toMatch(/^XMAS-\d{4}-\d{4}$/);
    expect(exampleCode(ok({ count: 1, pattern: "GIFT-####", charset: "numbers" }))).toMatch(/^GIFT-\d{4}$/);
  });
});
