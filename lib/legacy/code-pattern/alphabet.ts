// The characters a code may contain (contract §2), in one fixed order, and sets of them. Patterns are
// analysed over this alphabet only, so a pattern that could produce anything else is refused early.
import { PatternSyntaxError } from "./errors";

export const CODE_ALPHABET: readonly string[] = [..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-%_@&!"];
const INDEX = new Map(CODE_ALPHABET.map((c, i) => [c, i]));

/** `set[i]` is true when `CODE_ALPHABET[i]` belongs to the set. */
export type CharSet = readonly boolean[];

/**
 * The set of the given characters. "strict": a character codes may not contain is an error at
 * `position`; "lenient": it is left out (a negated class may name any character).
 */
export function charSetOf(chars: string, position: number, mode: "strict" | "lenient" = "strict"): CharSet {
  const set = new Array<boolean>(CODE_ALPHABET.length).fill(false);
  for (const c of chars) {
    const i = INDEX.get(c);
    if (i !== undefined) set[i] = true;
    else if (mode === "strict")
      throw new PatternSyntaxError(`${JSON.stringify(c)} cannot be part of a code (allowed: a-z A-Z 0-9 - % _ @ & !)`, position);
  }
  return set;
}

export function complement(set: CharSet): CharSet {
  return set.map((member) => !member);
}

export function isEmptySet(set: CharSet): boolean {
  return !set.includes(true);
}
