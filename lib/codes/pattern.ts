// Code generation from a pattern (Voucherify / Talon.One style): `#` placeholders filled from a character
// set, or a character set and a length, between an optional prefix and postfix. Pure: the console shows
// the same analysis the server enforces before it writes anything.
import { z } from "zod";
import { CODE_CHARACTERS, isCodeCharacter, MAX_CODE_LENGTH } from "@/lib/codes/code-rules";
import type { ErrorCause } from "@/lib/errors";
import { text } from "@/lib/validation/text";

export const MAX_GENERATED_CODES = 1_000_000;
/** Never fill more than half of the space: beyond that, guessing a valid code becomes a coin toss. */
export const MAX_SPACE_SHARE = 0.5;

export const CHARSETS = {
  alphanumeric: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  alphanumericUppercase: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  alphabetic: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  alphabeticUppercase: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  alphabeticLowercase: "abcdefghijklmnopqrstuvwxyz",
  numbers: "0123456789",
  // No 0/O, 1/I/L: codes read aloud or typed from a receipt.
  readable: "23456789ABCDEFGHJKMNPQRSTUVWXYZ",
} as const;
export type CharsetName = keyof typeof CHARSETS;
export const CHARSET_NAMES = Object.keys(CHARSETS) as [CharsetName, ...CharsetName[]];

export const PatternInput = z.strictObject({
  count: z.coerce
    .number()
    .int("count must be a whole number")
    .min(1, "count must be at least 1")
    .max(MAX_GENERATED_CODES, `count must be at most ${MAX_GENERATED_CODES}`),
  pattern: text("pattern")
    .max(MAX_CODE_LENGTH * 2, "pattern is too long")
    .optional(),
  length: z.coerce
    .number()
    .int("length must be a whole number")
    .min(1, "length must be at least 1")
    .max(MAX_CODE_LENGTH, `length must be at most ${MAX_CODE_LENGTH}`)
    .optional(),
  charset: z.enum([...CHARSET_NAMES, "custom"]).default("alphanumericUppercase"),
  customCharset: text("customCharset").max(200, "customCharset is too long").optional(),
  prefix: text("prefix").max(MAX_CODE_LENGTH, "prefix is too long").default(""),
  postfix: text("postfix").max(MAX_CODE_LENGTH, "postfix is too long").default(""),
});
export type PatternInput = z.input<typeof PatternInput>;
export type PatternSpec = z.output<typeof PatternInput>;

export type PatternAnalysis = {
  /** The placeholder template between prefix and postfix, e.g. `####-####`. */
  template: string;
  alphabet: string;
  prefix: string;
  postfix: string;
  placeholders: number;
  codeLength: number;
  /** How many distinct codes the pattern can produce. */
  space: bigint;
  /** The most this pattern may generate (half the space, capped at MAX_GENERATED_CODES). */
  maxCount: number;
  /** Chance that one random guess of a pattern-shaped code is a valid code, once `count` exist. */
  guessChance: number;
};

export type PatternResult = { ok: true; analysis: PatternAnalysis } | { ok: false; causes: ErrorCause[] };

function badCharacters(text: string): string[] {
  return [...new Set([...text].filter((c) => !isCodeCharacter(c)))];
}

function alphabetOf(spec: PatternSpec, causes: ErrorCause[]): string {
  if (spec.charset !== "custom") return CHARSETS[spec.charset];
  const alphabet = [...new Set([...(spec.customCharset ?? "")])].join("");
  const bad = badCharacters(alphabet);
  if (bad.length > 0)
    causes.push({
      field: "customCharset",
      message: `Not allowed in codes: ${bad.map((c) => JSON.stringify(c)).join(" ")} (allowed: ${CODE_CHARACTERS})`,
      code: "invalid_characters",
    });
  else if (alphabet.length < 2) causes.push({ field: "customCharset", message: "Give at least 2 different characters", code: "too_small" });
  return alphabet;
}

/** Checks a generation request and describes what it would produce; nothing is generated. */
export function analysePattern(spec: PatternSpec): PatternResult {
  const causes: ErrorCause[] = [];
  const alphabet = alphabetOf(spec, causes);
  const template = spec.pattern !== undefined && spec.pattern !== "" ? spec.pattern : "#".repeat(spec.length ?? 0);
  const placeholders = [...template].filter((c) => c === "#").length;
  if (placeholders === 0) {
    causes.push(
      spec.pattern
        ? { field: "pattern", message: "The pattern needs at least one # placeholder", code: "no_placeholder" }
        : { field: "length", message: "Give a pattern with # placeholders or a length", code: "required" },
    );
  }
  for (const [field, text] of [
    ["pattern", template.replace(/#/g, "")],
    ["prefix", spec.prefix],
    ["postfix", spec.postfix],
  ] as const) {
    const bad = badCharacters(text);
    if (bad.length > 0)
      causes.push({
        field,
        message: `Not allowed in codes: ${bad.map((c) => JSON.stringify(c)).join(" ")} (allowed: ${CODE_CHARACTERS}, plus # as placeholder)`,
        code: "invalid_characters",
      });
  }
  const codeLength = spec.prefix.length + template.length + spec.postfix.length;
  if (codeLength > MAX_CODE_LENGTH)
    causes.push({
      field: "pattern",
      message: `Codes would be ${codeLength} characters long; the limit is ${MAX_CODE_LENGTH} including prefix and postfix`,
      code: "too_long",
    });
  if (causes.length > 0) return { ok: false, causes };

  const space = BigInt(alphabet.length) ** BigInt(placeholders);
  const half = space / 2n;
  const maxCount = half > BigInt(MAX_GENERATED_CODES) ? MAX_GENERATED_CODES : Number(half);
  if (spec.count > maxCount) {
    return {
      ok: false,
      causes: [
        {
          field: "count",
          message: `This pattern can produce only ${formatBig(space)} distinct codes; at most ${maxCount.toLocaleString("en")} (half of them) can be generated, so codes stay hard to guess. Add placeholders or characters.`,
          code: "too_big",
        },
      ],
    };
  }
  return {
    ok: true,
    analysis: {
      template,
      alphabet,
      prefix: spec.prefix,
      postfix: spec.postfix,
      placeholders,
      codeLength,
      space,
      maxCount,
      guessChance: spec.count / Number(space),
    },
  };
}

/** 1234567 → "1,234,567"; huge numbers in scientific form ("4.7 × 10^21"). */
export function formatBig(value: bigint): string {
  if (value < 10n ** 15n) return Number(value).toLocaleString("en");
  const digits = value.toString();
  return `${digits[0]}.${digits.slice(1, 3)} × 10^${digits.length - 1}`;
}

/** "1 in 2,300" style wording for a probability. */
export function formatChance(chance: number): string {
  if (chance <= 0) return "0";
  const oneIn = 1 / chance;
  if (oneIn < 1e15) return `1 in ${Math.round(oneIn).toLocaleString("en")}`;
  return `1 in ${oneIn.toExponential(2).replace("e+", " × 10^")}`;
}

/**
 * Fills the template `n` times. `randomBytes` must be cryptographically random (node:crypto's randomBytes on
 * the server). Rejection sampling keeps every character equally likely (no modulo bias).
 */
export function fillPattern(analysis: PatternAnalysis, n: number, randomBytes: (size: number) => Uint8Array): string[] {
  const { alphabet, template, prefix, postfix } = analysis;
  const k = alphabet.length;
  const limit = 256 - (256 % k);
  const parts = template.split("#");
  const codes: string[] = new Array(n);
  let pool = randomBytes(0);
  let at = 0;
  const nextChar = (): string => {
    for (;;) {
      if (at >= pool.length) {
        pool = randomBytes(Math.max(4096, n * analysis.placeholders * 2));
        at = 0;
      }
      const b = pool[at++];
      if (b < limit) return alphabet[b % k];
    }
  };
  for (let i = 0; i < n; i++) {
    let code = prefix + parts[0];
    for (let p = 1; p < parts.length; p++) code += nextChar() + parts[p];
    codes[i] = code + postfix;
  }
  return codes;
}

/**
 * An example code for the form: the same for the same pattern on every load and on server and browser
 * alike (a fixed pseudo-random sequence seeded by the pattern), so it reads as an example, not as a
 * code that was just handed out. Generated codes use crypto randomness, never this.
 */
export function exampleCode(analysis: PatternAnalysis): string {
  let state = 2166136261;
  for (const ch of `${analysis.prefix}|${analysis.template}|${analysis.postfix}|${analysis.alphabet}`)
    state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  const bytes = (size: number) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      out[i] = (state >>> 0) & 0xff;
    }
    return out;
  };
  return fillPattern(analysis, 1, bytes)[0];
}
