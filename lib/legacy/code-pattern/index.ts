// Legacy (NewStore v0) code patterns: check a pattern, tell its exact capacity, and draw codes from it
// uniformly at random. Pure: randomness comes in as a function (node:crypto's randomBytes on the server),
// so tests can seed it and the console can show the same analysis the server enforces.
import { MAX_CODE_LENGTH } from "@/lib/codes/code-rules";
import type { ErrorCause } from "@/lib/errors";
import { type Automaton, buildAutomaton, rankOf, unrank } from "./automaton";
import { PatternSyntaxError } from "./errors";
import { parsePattern, type PatternNode } from "./parse";

export { MAX_PATTERN_LENGTH } from "./parse";

export type RandomBytes = (size: number) => Uint8Array;

export type CodePattern = {
  source: string;
  /** How many distinct codes the pattern can produce. */
  capacity: bigint;
  minLength: number;
  maxLength: number;
  automaton: Automaton;
};

export type CodePatternResult = { ok: true; pattern: CodePattern } | { ok: false; causes: ErrorCause[] };

/** Checks `source` against the subset of contract §6 and analyses it; causes name `field`. */
export function compileCodePattern(source: string, field = "pattern"): CodePatternResult {
  try {
    const root = parsePattern(source);
    const [minLength, maxLength] = lengthRange(root);
    if (maxLength > MAX_CODE_LENGTH)
      throw new PatternSyntaxError(`Codes could be up to ${maxLength} characters long; the limit is ${MAX_CODE_LENGTH}`, 0);
    if (minLength === 0) throw new PatternSyntaxError("The pattern can produce an empty code; make at least one character required", 0);
    const automaton = buildAutomaton(root);
    return { ok: true, pattern: { source, capacity: automaton.counts[0], minLength, maxLength, automaton } };
  } catch (error) {
    if (error instanceof PatternSyntaxError) return { ok: false, causes: [{ field, message: error.message, code: "invalid_pattern" }] };
    throw error;
  }
}

function lengthRange(node: PatternNode): [number, number] {
  switch (node.type) {
    case "chars":
      return [1, 1];
    case "sequence":
      return node.items.map(lengthRange).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    case "choice": {
      const ranges = node.options.map(lengthRange);
      return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
    }
    case "repeat": {
      const [min, max] = lengthRange(node.node);
      return [min * node.min, max * node.max];
    }
  }
}

export function matchesCodePattern(pattern: CodePattern, code: string): boolean {
  return rankOf(pattern.automaton, code) !== null;
}

/** The pattern's position of `code` (0 ≤ rank < capacity), or null when the pattern cannot produce it. */
export function codeRank(pattern: CodePattern, code: string): bigint | null {
  return rankOf(pattern.automaton, code);
}

export function codeAtRank(pattern: CodePattern, rank: bigint): string {
  return unrank(pattern.automaton, rank);
}

/** A uniformly random integer in [0, below), by rejection sampling on whole bytes (no modulo bias). */
export function randomBelow(below: bigint, randomBytes: RandomBytes): bigint {
  if (below <= 0n) throw new RangeError("randomBelow needs a positive bound");
  const bits = (below - 1n).toString(2).length;
  const size = Math.ceil(bits / 8);
  const topMask = (1 << (bits - (size - 1) * 8)) - 1;
  for (;;) {
    const bytes = randomBytes(size);
    let value = BigInt(bytes[0] & topMask);
    for (let i = 1; i < size; i++) value = (value << 8n) | BigInt(bytes[i]);
    if (value < below) return value;
  }
}

/** One code drawn uniformly from the whole pattern. */
export function drawCode(pattern: CodePattern, randomBytes: RandomBytes): string {
  return codeAtRank(pattern, randomBelow(pattern.capacity, randomBytes));
}

/**
 * One code drawn uniformly from the codes not yet used, given the used ones' ranks in ascending order
 * (each < capacity, no repeats). For a nearly used-up pattern, where drawing and retrying would take long.
 * Null when every code is used.
 */
export function drawFreeCode(pattern: CodePattern, usedRanksAscending: readonly bigint[], randomBytes: RandomBytes): string | null {
  const free = pattern.capacity - BigInt(usedRanksAscending.length);
  if (free <= 0n) return null;
  let rank = randomBelow(free, randomBytes);
  // The k-th free rank: every used rank at or below it pushes it one further.
  for (const used of usedRanksAscending) {
    if (used <= rank) rank += 1n;
    else break;
  }
  return codeAtRank(pattern, rank);
}

/**
 * The chance that someone trying `tries` random codes of the pattern finds at least one of the
 * `validCodes` live ones: 1 − (1 − valid/capacity)^tries.
 */
export function guessChance(validCodes: bigint, capacity: bigint, tries = 1_000_000): number {
  if (capacity <= 0n || validCodes <= 0n) return 0;
  if (validCodes >= capacity) return 1;
  const share = ratio(validCodes, capacity);
  return -Math.expm1(tries * Math.log1p(-share));
}

/** a / b as a float without overflowing Number for huge BigInts. */
function ratio(a: bigint, b: bigint): number {
  const shift = BigInt(Math.max(0, b.toString(2).length - 1000));
  return Number(a >> shift) / Number(b >> shift);
}
