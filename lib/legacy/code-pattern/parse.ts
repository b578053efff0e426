// Parses the regular-expression subset from which legacy (NewStore v0) coupon codes are generated
// (contract §6): literals, classes (`[A-Z0-9]`, `[^…]`, `\d`, `\w`), groups with alternation, and the
// bounded quantifiers `{n}`, `{n,m}` and `?`. Everything else (unbounded `*` / `+` / `{n,}`,
// look-arounds, back-references, `.`, `\s`, lazy quantifiers) is refused with the position it starts
// at, and so is any construct that could produce a character outside the code charset of §2.
// Pure: the console shows the same verdict the server enforces.
import { CODE_ALPHABET, type CharSet, charSetOf, complement, isEmptySet } from "./alphabet";
import { PatternSyntaxError } from "./errors";

export type PatternNode =
  | { type: "chars"; set: CharSet }
  | { type: "sequence"; items: PatternNode[] }
  | { type: "choice"; options: PatternNode[] }
  | { type: "repeat"; node: PatternNode; min: number; max: number };

/** Longest pattern text accepted: far beyond any real code pattern, short enough to parse instantly. */
export const MAX_PATTERN_LENGTH = 500;
/** `{n,m}` bounds above this cannot make a valid code anyway (codes are at most 64 characters). */
const MAX_REPEAT = 64;

const CLASS_ESCAPES: Record<string, string> = {
  d: "0123456789",
  w: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_",
};

export function parsePattern(pattern: string): PatternNode {
  if (pattern.length === 0) throw new PatternSyntaxError("The pattern is empty", 0);
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new PatternSyntaxError(`The pattern is longer than ${MAX_PATTERN_LENGTH} characters`, MAX_PATTERN_LENGTH);
  // Anchors at the very ends are common in regexes written for validation; a generated code is whole anyway.
  const start = pattern.startsWith("^") ? 1 : 0;
  const end = pattern.endsWith("$") && !pattern.endsWith("\\$") && pattern.length - 1 >= start ? pattern.length - 1 : pattern.length;
  const parser = new Parser(pattern, start, end);
  const node = parser.choice();
  if (parser.at < end)
    throw new PatternSyntaxError(pattern[parser.at] === ")" ? "Unmatched `)`" : `Unexpected \`${pattern[parser.at]}\``, parser.at);
  return node;
}

class Parser {
  at: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.at = start;
  }

  private peek(): string | undefined {
    return this.at < this.end ? this.text[this.at] : undefined;
  }

  choice(): PatternNode {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { type: "choice", options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) items.push(this.quantified(this.atom()));
    return items.length === 1 ? items[0] : { type: "sequence", items };
  }

  private atom(): PatternNode {
    const position = this.at;
    const c = this.text[this.at++];
    switch (c) {
      case "(":
        return this.group(position);
      case "[":
        return { type: "chars", set: this.bracketClass(position) };
      case "\\":
        return { type: "chars", set: this.escape(position, false) };
      case ".":
        throw new PatternSyntaxError(
          "`.` can produce any character, including ones codes may not contain; use a class such as [A-Z0-9]",
          position,
        );
      case "*":
      case "+":
      case "?":
      case "{":
        throw new PatternSyntaxError(`\`${c}\` has nothing to repeat`, position);
      case "^":
      case "$":
        throw new PatternSyntaxError(`\`${c}\` is allowed only at the very start (^) or end ($) of the pattern`, position);
      default:
        return { type: "chars", set: this.literal(c, position) };
    }
  }

  private group(position: number): PatternNode {
    if (this.text.startsWith("?:", this.at)) this.at += 2;
    else if (this.text[this.at] === "?") {
      const kind = /^\?<?[=!]/.test(this.text.slice(this.at, this.at + 3)) ? "Look-arounds are" : "This group syntax is";
      throw new PatternSyntaxError(`${kind} not supported in code patterns`, position);
    }
    const node = this.choice();
    if (this.peek() !== ")") throw new PatternSyntaxError("Unclosed `(`", position);
    this.at++;
    return node;
  }

  private quantified(node: PatternNode): PatternNode {
    const position = this.at;
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "?") {
      this.at++;
      [min, max] = [0, 1];
    } else if (c === "*" || c === "+") {
      throw new PatternSyntaxError(`\`${c}\` repeats without limit; give a bound such as {1,8}`, position);
    } else if (c === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at, this.end));
      if (!match) throw new PatternSyntaxError("A quantifier is written {n} or {n,m}", position);
      if (match[2] !== undefined && match[3] === "")
        throw new PatternSyntaxError(
          `\`${match[0]}\` repeats without limit; give an upper bound such as {${match[1]},${Number(match[1]) + 4}}`,
          position,
        );
      this.at += match[0].length;
      min = Number(match[1]);
      max = match[3] === undefined ? min : Number(match[3]);
      if (min > max) throw new PatternSyntaxError(`In \`${match[0]}\` the lower bound is above the upper one`, position);
      if (max > MAX_REPEAT)
        throw new PatternSyntaxError(`\`${match[0]}\` repeats more than ${MAX_REPEAT} times, longer than any code`, position);
    } else {
      return node;
    }
    const next = this.peek();
    if (next === "?" || next === "+")
      throw new PatternSyntaxError(
        "Lazy and possessive quantifiers mean nothing when generating codes; remove the extra `" + next + "`",
        this.at,
      );
    if (next === "*" || next === "{")
      throw new PatternSyntaxError("A quantifier cannot follow another; group the part first, e.g. (AB{2}){3}", this.at);
    return { type: "repeat", node, min, max };
  }

  private escape(position: number, inClass: boolean): CharSet {
    const c = this.text[this.at++];
    if (c === undefined || this.at > this.end) throw new PatternSyntaxError("The pattern ends with a lone `\\`", position);
    if (c in CLASS_ESCAPES) return charSetOf(CLASS_ESCAPES[c], position);
    if (/[1-9]/.test(c) || c === "k") throw new PatternSyntaxError("Back-references are not supported in code patterns", position);
    if (/[DWsSbBntrfv0xuc]/.test(c))
      throw new PatternSyntaxError(
        `\`\\${c}\` is not supported in code patterns (it can match characters codes may not contain)`,
        position,
      );
    if (/[a-zA-Z]/.test(c)) throw new PatternSyntaxError(`\`\\${c}\` is not a known escape`, position);
    return inClass ? charSetOf(c, position, "lenient") : this.literal(c, position);
  }

  private literal(c: string, position: number): CharSet {
    return charSetOf(c, position);
  }

  private bracketClass(position: number): CharSet {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    let chars = "";
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new PatternSyntaxError("Unclosed `[`", position);
      if (c === "]" && !first) break;
      first = false;
      const from = this.classChar();
      if (this.peek() === "-" && this.text[this.at + 1] !== "]" && this.at + 1 < this.end) {
        this.at++;
        const rangeAt = this.at;
        const to = this.classChar();
        if (from.length !== 1 || to.length !== 1) throw new PatternSyntaxError("A range needs a single character at each end", rangeAt);
        if (from > to) throw new PatternSyntaxError(`The range ${from}-${to} is backwards`, rangeAt);
        for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else {
        chars += from;
      }
    }
    this.at++;
    // What a negated class leaves out may be any character; what it lets in is within the code charset.
    const set = charSetOf(chars, position, negated ? "lenient" : "strict");
    const result = negated ? complement(set) : set;
    if (isEmptySet(result)) throw new PatternSyntaxError("This class matches no character a code may contain", position);
    return result;
  }

  /** One character inside `[…]`; a class escape (\d, \w) answers its whole set as a string. */
  private classChar(): string {
    const position = this.at;
    const c = this.text[this.at++];
    if (c !== "\\") return c;
    const escaped = this.text[this.at];
    if (escaped in CLASS_ESCAPES) {
      this.at++;
      return CLASS_ESCAPES[escaped];
    }
    const set = this.escape(position, true);
    return CODE_ALPHABET.filter((_, i) => set[i]).join("") || escaped;
  }
}
