// Overlaps and exclusive collisions: pairs of offers of one family that apply to the same cart.
// Candidate pairs come from the catalog, not from all pairs: each product's list of offers whose
// filters match it (products with the same list form one cell, so a category shared by thousands of
// products is walked once), plus whole-cart offers paired with their family. Each candidate is then
// settled by the engine on a counter-example cart: both applied is an overlap; one applied and the
// other excluded_by_exclusive is a collision, whose winner is the one applied (§4.8).
import { buildCounterExample } from "@/lib/conflicts/counter-example";
import { cartInWords, familyWord, quoted } from "@/lib/conflicts/describe";
import { intersectSets, type OfferFacts } from "@/lib/conflicts/offer-facts";
import type { Finding } from "@/lib/conflicts/types";
import { inPlay, priceIn, traceOf, type World } from "@/lib/conflicts/world";

/** Witness products tried per pair: the first cells that named it. */
const WITNESSES = 3;

type Cell = { offers: number[]; products: number[] };

/** Products grouped by the exact list of (filtered, in-play) offers that match them. */
export function cellsOf(world: World, playing: readonly OfferFacts[]): Cell[] {
  const postings = new Map<number, number[]>();
  for (const f of playing) {
    if (f.wholeCart) continue;
    for (const p of f.targets) {
      const list = postings.get(p);
      if (list) list.push(f.index);
      else postings.set(p, [f.index]);
    }
  }
  const cells = new Map<string, Cell>();
  for (const p of [...postings.keys()].sort((a, b) => a - b)) {
    const offers = postings.get(p)!;
    const key = offers.join(",");
    const cell = cells.get(key);
    if (cell) cell.products.push(p);
    else cells.set(key, { offers, products: [p] });
  }
  return [...cells.values()];
}

function compatible(a: OfferFacts, b: OfferFacts): boolean {
  if (a.entry.offer.source !== b.entry.offer.source) return false;
  for (const pick of [
    (f: OfferFacts) => f.prepared.stores,
    (f: OfferFacts) => f.prepared.channels,
    (f: OfferFacts) => f.prepared.consumers,
  ]) {
    if (intersectSets([pick(a), pick(b)])?.length === 0) return false;
  }
  const currencies = (f: OfferFacts) => (f.prepared.currencies ? new Set(f.prepared.currencies.keys()) : null);
  return intersectSets([currencies(a), currencies(b)])?.length !== 0;
}

export function findPairs(world: World, cells: readonly Cell[]): Finding[] {
  const playing = world.facts.filter((f) => inPlay(world, f));
  const n = world.facts.length;
  const witnesses = new Map<number, number[]>();
  const note = (a: number, b: number, products: readonly number[]) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = i * n + j;
    const list = witnesses.get(key);
    if (!list) witnesses.set(key, products.slice(0, WITNESSES));
    else if (list.length < WITNESSES) for (const p of products) if (list.length < WITNESSES && !list.includes(p)) list.push(p);
  };
  for (const cell of cells) {
    const { offers } = cell;
    for (let x = 0; x < offers.length; x++)
      for (let y = x + 1; y < offers.length; y++)
        if (compatible(world.facts[offers[x]], world.facts[offers[y]])) note(offers[x], offers[y], cell.products);
  }
  const whole = playing.filter((f) => f.wholeCart);
  for (const w of whole)
    for (const f of playing) if (f !== w && compatible(w, f) && !(f.wholeCart && f.index < w.index)) note(w.index, f.index, f.targets);

  const findings: Finding[] = [];
  for (const key of [...witnesses.keys()].sort((a, b) => a - b)) {
    const a = world.facts[Math.floor(key / n)];
    const b = world.facts[key % n];
    const products = witnesses.get(key)!;
    const finding = settlePair(world, a, b, products.length ? products : [undefined]);
    if (finding) findings.push(finding);
  }
  return findings;
}

function settlePair(world: World, a: OfferFacts, b: OfferFacts, pivots: readonly (number | undefined)[]): Finding | null {
  for (const pivot of pivots) {
    const cart = buildCounterExample(world, { offers: [a, b], pivot });
    if (!cart) continue;
    const result = priceIn(world, cart);
    const [ta, tb] = [traceOf(result, a), traceOf(result, b)];
    if (!ta || !tb) continue;
    const ids = [a.entry.offer.id, b.entry.offer.id];
    // The id names the pair in id order: it stays the same whichever offer was created first.
    const key = [...ids].sort().join(":");
    if (ta.status === "applied" && tb.status === "applied") {
      return {
        id: `overlap:${key}`,
        kind: "overlap",
        reason: null,
        offerIds: ids,
        winnerId: null,
        sharePercent: null,
        message: `${quoted(a)} and ${quoted(b)} both apply to the same cart (${cartInWords(cart)}): their discounts add up.`,
        cart,
      };
    }
    const exclusive = a.entry.offer.exclusive || b.entry.offer.exclusive;
    const [winner, loser, lost] = ta.status === "applied" ? [a, b, tb] : [b, a, ta];
    if (exclusive && traceOf(result, winner)?.status === "applied" && lost.reason === "excluded_by_exclusive") {
      const why = winner.entry.offer.exclusive
        ? loser.entry.offer.exclusive
          ? "of two exclusive offers, the one that saves more is kept (on a tie, the one created first)"
          : "the exclusive offer saves at least as much as the non-exclusive offers together"
        : "the non-exclusive offers together save more than the exclusive one";
      return {
        id: `exclusive_collision:${key}`,
        kind: "exclusive_collision",
        reason: null,
        offerIds: ids,
        winnerId: winner.entry.offer.id,
        sharePercent: null,
        message: `${quoted(a)} and ${quoted(b)} (${familyWord(a)}) compete for the same cart (${cartInWords(cart)}): ${quoted(winner)} wins because ${why}; ${quoted(loser)} is excluded.`,
        cart,
      };
    }
  }
  return null;
}
