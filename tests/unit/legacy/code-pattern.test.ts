import { describe, expect, it } from "vitest";
import {
  codeAtRank,
  codeRank,
  compileCodePattern,
  type CodePattern,
  drawCode,
  drawFreeCode,
  guessChance,
  matchesCodePattern,
  randomBelow,
} from "@/lib/legacy/code-pattern";

function compiled(source: string): CodePattern {
  const result = compileCodePattern(source);
  if (!result.ok) throw new Error(`${source}: ${result.causes[0].message}`);
  return result.pattern;
}

/** Deterministic bytes (xorshift32), so the statistical checks below give the same verdict every run. */
function seededBytes(seed: number): (size: number) => Uint8Array {
  let x = seed >>> 0 || 1;
  return (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out[i] = x & 0xff;
    }
    return out;
  };
}

describe("legacy code pattern capacity", () => {
  it.each([
    ["coupondef-[A-Z]{3}[0-9]{3}", 17_576_000n],
    ["(A|A)", 1n],
    ["(AB|A)(C|BC)", 3n], // ABC, ABBC, AC: ABC is reachable twice but counts once
    ["X?Y", 2n],
    ["A{2,4}", 3n],
    ["(a|b){1,3}", 14n],
    ["\\d{4}", 10_000n],
    ["[\\d]{2}", 100n],
    ["\\w", 63n],
    ["[^A-Za-z0-9]", 6n], // - % _ @ & !: a negated class stays within the code charset
    ["^AB$", 1n],
    ["(?:SUMMER|WINTER)-[0-9]{2}", 200n],
    ["[A-Z0-9]{64}", 36n ** 64n],
    ["[a-c\\-]", 4n],
  ])("%s can produce %s codes", (source, capacity) => {
    expect(compiled(source).capacity).toBe(capacity);
  });
});

describe("legacy code pattern refusals", () => {
  it.each([
    ["", "empty"],
    ["A*", "without limit"],
    ["A+", "without limit"],
    ["A{2,}", "without limit"],
    ["(?=A)B", "Look-arounds"],
    ["(?<!A)B", "Look-arounds"],
    ["(A)\\1", "Back-references"],
    ["A.", "`.` can produce any character"],
    ["A B", "cannot be part of a code"],
    ["A\\s", "not supported"],
    ["[a-z ]", "cannot be part of a code"],
    ["A{65}", "more than 64 times"],
    ["(ABCD){20}", "up to 80 characters"],
    ["A?", "empty code"],
    ["A{3,2}", "lower bound is above"],
    ["[z-a]", "backwards"],
    ["(AB", "Unclosed `(`"],
    ["AB)", "Unmatched `)`"],
    ["[AB", "Unclosed `[`"],
    ["A{2}?", "Lazy"],
    ["*A", "nothing to repeat"],
    ["A\\", "lone"],
    ["A^B", "only at the very start"],
  ])("%j is refused (%s)", (source, fragment) => {
    const result = compileCodePattern(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.causes).toHaveLength(1);
    expect(result.causes[0].field).toBe("pattern");
    expect(result.causes[0].code).toBe("invalid_pattern");
    expect(result.causes[0].message).toContain(fragment);
  });
});

describe("numbering the codes of a pattern", () => {
  it.each(["(AB|A)(C|BC)", "X?[0-2]{1,2}", "(a|b){1,3}", "P-(?:[A-C]|[B-D]9)"])(
    "%s: every rank names a distinct code of the pattern and back",
    (source) => {
      const pattern = compiled(source);
      const codes = new Set<string>();
      for (let r = 0n; r < pattern.capacity; r++) {
        const code = codeAtRank(pattern, r);
        expect(matchesCodePattern(pattern, code)).toBe(true);
        expect(codeRank(pattern, code)).toBe(r);
        codes.add(code);
      }
      expect(codes.size).toBe(Number(pattern.capacity));
    },
  );

  it("answers null for a code the pattern cannot produce", () => {
    const pattern = compiled("coupondef-[A-Z]{3}[0-9]{3}");
    expect(codeRank(pattern, "coupondef-ABC123")).not.toBeNull();
    for (const code of ["coupondef-AB123", "coupondef-abc123", "coupondef-ABC1234", "COUPONDEF-ABC123", ""])
      expect(codeRank(pattern, code)).toBeNull();
  });

  it("generates codes that match the pattern as a JavaScript RegExp reads it", () => {
    const source = "(?:SALE|PROMO)_[A-Z]{2}\\d{2,3}(-X)?";
    const pattern = compiled(source);
    const random = seededBytes(7);
    const regex = new RegExp(`^(?:${source})$`);
    for (let i = 0; i < 500; i++) expect(drawCode(pattern, random)).toMatch(regex);
  });
});

/** Pearson's statistic for `draws` spread over `cells` equally likely outcomes. */
function chiSquare(counts: Map<string, number>, cells: number, draws: number): number {
  const expected = draws / cells;
  let statistic = 0;
  for (const observed of counts.values()) statistic += (observed - expected) ** 2 / expected;
  statistic += (cells - counts.size) * expected; // outcomes never drawn
  return statistic;
}

describe("drawing codes uniformly", () => {
  // Critical values of the chi-square distribution at p = 0.001: a fair generator exceeds them once in a thousand seeds.
  it.each([
    ["[A-C]{2}|X", 10, 27.88], // 9 degrees of freedom; the lone X is as likely as each two-letter code
    ["(AB|A)(C|BC)", 3, 13.82], // 2 degrees of freedom; the duplicate path must not double ABC's weight
  ])("%s draws every code equally often", (source, cells, critical) => {
    const pattern = compiled(source);
    expect(pattern.capacity).toBe(BigInt(cells));
    const random = seededBytes(20261201);
    const draws = 30_000;
    const counts = new Map<string, number>();
    for (let i = 0; i < draws; i++) {
      const code = drawCode(pattern, random);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    expect(counts.size).toBe(cells);
    expect(chiSquare(counts, cells, draws)).toBeLessThan(critical);
  });

  it("randomBelow stays below its bound and covers it, also above 2^53", () => {
    const random = seededBytes(3);
    const seen = new Set<bigint>();
    for (let i = 0; i < 2_000; i++) {
      const value = randomBelow(5n, random);
      expect(value >= 0n && value < 5n).toBe(true);
      seen.add(value);
    }
    expect(seen.size).toBe(5);
    const big = 36n ** 64n;
    for (let i = 0; i < 200; i++) expect(randomBelow(big, random) < big).toBe(true);
  });

  it("drawFreeCode never answers a used code, spreads over the free ones, and answers null when none is left", () => {
    const pattern = compiled("[0-9]");
    const used = [0n, 3n, 4n, 9n];
    const random = seededBytes(11);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6_000; i++) {
      const code = drawFreeCode(pattern, used, random)!;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(["1", "2", "5", "6", "7", "8"]);
    expect(chiSquare(counts, 6, 6_000)).toBeLessThan(20.52); // 5 degrees of freedom, p = 0.001
    const all = Array.from({ length: 10 }, (_, i) => BigInt(i));
    expect(drawFreeCode(pattern, all, random)).toBeNull();
  });
});

describe("guessing odds", () => {
  it("is the chance of at least one hit in a million random tries", () => {
    expect(guessChance(1n, 1_000_000n)).toBeCloseTo(1 - Math.exp(-1), 6);
    expect(guessChance(0n, 1_000_000n)).toBe(0);
    expect(guessChance(10n, 10n)).toBe(1);
    expect(guessChance(500n, 36n ** 10n)).toBeCloseTo((500 * 1e6) / 36 ** 10, 12);
  });
});
