// A parsed code pattern as a deterministic automaton over the code alphabet. A finite language has an
// acyclic DFA, and in a DFA every distinct code is exactly one path, so counting paths (with BigInt) gives
// the pattern's capacity exactly, and numbering them gives a bijection between [0, capacity) and the
// codes: a uniformly random number is a uniformly random code, with no duplicates from alternations
// such as (A|A) or (AB|A)(C|BC).
import { CODE_ALPHABET, type CharSet } from "./alphabet";
import { PatternSyntaxError } from "./errors";
import type { PatternNode } from "./parse";

/** Beyond these the pattern is refused as too complex; real code patterns stay far below. */
const MAX_NFA_STATES = 20_000;
const MAX_DFA_STATES = 50_000;

type NfaState = { edges: { set: CharSet; to: number }[]; epsilon: number[] };

/** Characters that every edge of the pattern treats alike; the automaton steps by class, not by character. */
type CharClass = { chars: string[]; representative: number };

export type Automaton = {
  classes: CharClass[];
  /** `next[state][class]`: the state after one character of the class, or -1. */
  next: Int32Array[];
  accepting: boolean[];
  /** `counts[state]`: how many distinct codes can be completed from `state`. */
  counts: bigint[];
};

export function buildAutomaton(root: PatternNode): Automaton {
  const nfa: NfaState[] = [];
  const newState = (): number => {
    if (nfa.length >= MAX_NFA_STATES)
      throw new PatternSyntaxError("The pattern is too complex to analyse; simplify its groups and repeats", 0);
    nfa.push({ edges: [], epsilon: [] });
    return nfa.length - 1;
  };
  const start = newState();
  const final = build(root, start, nfa, newState);

  const sets = [...new Set(nfa.flatMap((s) => s.edges.map((e) => e.set)))];
  const classes = charClasses(sets);
  return determinize(nfa, start, final, classes);
}

/** Thompson construction: wires `node` from state `from` and answers the state where it ends. */
function build(node: PatternNode, from: number, nfa: NfaState[], newState: () => number): number {
  switch (node.type) {
    case "chars": {
      const to = newState();
      nfa[from].edges.push({ set: node.set, to });
      return to;
    }
    case "sequence":
      return node.items.reduce((at, item) => build(item, at, nfa, newState), from);
    case "choice": {
      const end = newState();
      for (const option of node.options) {
        const branch = newState();
        nfa[from].epsilon.push(branch);
        nfa[build(option, branch, nfa, newState)].epsilon.push(end);
      }
      return end;
    }
    case "repeat": {
      let at = from;
      for (let i = 0; i < node.min; i++) at = build(node.node, at, nfa, newState);
      if (node.max === node.min) return at;
      const end = newState();
      nfa[at].epsilon.push(end);
      for (let i = node.min; i < node.max; i++) {
        at = build(node.node, at, nfa, newState);
        nfa[at].epsilon.push(end);
      }
      return end;
    }
  }
}

function charClasses(sets: CharSet[]): CharClass[] {
  const bySignature = new Map<string, CharClass>();
  CODE_ALPHABET.forEach((char, index) => {
    const signature = sets.map((set) => (set[index] ? "1" : "0")).join("");
    if (!signature.includes("1")) return; // no edge takes this character
    const known = bySignature.get(signature);
    if (known) known.chars.push(char);
    else bySignature.set(signature, { chars: [char], representative: index });
  });
  return [...bySignature.values()];
}

function determinize(nfa: NfaState[], start: number, final: number, classes: CharClass[]): Automaton {
  const closure = (states: Iterable<number>): number[] => {
    const seen = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...nfa[s].epsilon);
    }
    return [...seen].sort((a, b) => a - b);
  };
  const ids = new Map<string, number>();
  const subsets: number[][] = [];
  const next: Int32Array[] = [];
  const intern = (subset: number[]): number => {
    const key = subset.join(",");
    let id = ids.get(key);
    if (id === undefined) {
      if (subsets.length >= MAX_DFA_STATES)
        throw new PatternSyntaxError("The pattern is too complex to analyse; simplify its groups and repeats", 0);
      id = subsets.length;
      ids.set(key, id);
      subsets.push(subset);
    }
    return id;
  };
  intern(closure([start]));
  for (let id = 0; id < subsets.length; id++) {
    const row = new Int32Array(classes.length).fill(-1);
    classes.forEach((cls, k) => {
      const targets = subsets[id].flatMap((s) => nfa[s].edges.filter((e) => e.set[cls.representative]).map((e) => e.to));
      if (targets.length > 0) row[k] = intern(closure(targets));
    });
    next.push(row);
  }
  const accepting = subsets.map((subset) => subset.includes(final));
  return { classes, next, accepting, counts: countCompletions(next, accepting, classes) };
}

/** Completions per state, children first (the automaton is acyclic, and no path is longer than 64). */
function countCompletions(next: Int32Array[], accepting: boolean[], classes: CharClass[]): bigint[] {
  const counts = new Array<bigint>(next.length);
  const visit = (state: number): bigint => {
    if (counts[state] !== undefined) return counts[state];
    let total = accepting[state] ? 1n : 0n;
    next[state].forEach((to, k) => {
      if (to >= 0) total += BigInt(classes[k].chars.length) * visit(to);
    });
    counts[state] = total;
    return total;
  };
  for (let s = next.length - 1; s >= 0; s--) visit(s);
  return counts;
}

/** The code numbered `rank` (0 ≤ rank < capacity). */
export function unrank(automaton: Automaton, rank: bigint): string {
  const { classes, next, accepting, counts } = automaton;
  let state = 0;
  let rest = rank;
  let code = "";
  for (;;) {
    if (accepting[state]) {
      if (rest === 0n) return code;
      rest -= 1n;
    }
    const row = next[state];
    let moved = false;
    for (let k = 0; k < row.length; k++) {
      const to = row[k];
      if (to < 0) continue;
      const each = counts[to];
      const block = BigInt(classes[k].chars.length) * each;
      if (rest < block) {
        code += classes[k].chars[Number(rest / each)];
        rest %= each;
        state = to;
        moved = true;
        break;
      }
      rest -= block;
    }
    if (!moved) throw new RangeError("rank is outside the pattern's capacity");
  }
}

/** The number of `code` in the pattern's order, or null when the pattern cannot produce it. */
export function rankOf(automaton: Automaton, code: string): bigint | null {
  const { classes, next, accepting, counts } = automaton;
  let state = 0;
  let rank = 0n;
  for (const char of code) {
    if (accepting[state]) rank += 1n;
    const row = next[state];
    let found = false;
    for (let k = 0; k < row.length; k++) {
      const to = row[k];
      if (to < 0) continue;
      const index = classes[k].chars.indexOf(char);
      if (index >= 0) {
        rank += BigInt(index) * counts[to];
        state = to;
        found = true;
        break;
      }
      rank += BigInt(classes[k].chars.length) * counts[to];
    }
    if (!found) return null;
  }
  return accepting[state] ? rank : null;
}
