// Each analyzed offer pre-read once: its prepared form (the engine's own parsing), the catalog products
// of each filter slot, and what the counter-example carts need (currencies, stores, channels, minimums).
import { matchFilter, type CatalogIndex } from "@/lib/conflicts/catalog-index";
import type { AnalyzedOffer } from "@/lib/conflicts/types";
import { prepareOffer, Stage, validityWindow, type PreparedOffer, type ValidityWindow } from "@/lib/pricing/prepared-offer";

export type OfferFacts = {
  readonly entry: AnalyzedOffer;
  readonly index: number;
  readonly prepared: PreparedOffer;
  /** Cart-level without a filter, free shipping and shipping discounts: any product will do. */
  readonly wholeCart: boolean;
  /** Per filter slot: matching catalog products, excluded ones left out. */
  readonly slotProducts: readonly (readonly number[])[];
  /** Per filter slot: matching catalog products, excluded ones included. */
  readonly slotProductsAll: readonly (readonly number[])[];
  /** Union of the slots' products (not excluded), ascending. */
  readonly targets: readonly number[];
  /** The slots that are multi-unit deals (BXGY buy/get, bundle items): their units add up. */
  readonly multiUnit: boolean;
  readonly needsShipping: boolean;
};

export function offerFacts(entry: AnalyzedOffer, index: number, catalog: CatalogIndex): OfferFacts {
  const prepared = prepareOffer(entry.offer, index);
  const slotProductsAll = prepared.slots.map((slot) => matchFilter(catalog, slot));
  const slotProducts = slotProductsAll.map((list) => list.filter((i) => !catalog.excluded.has(catalog.products[i].id)));
  const union = new Set<number>();
  for (const list of slotProducts) for (const i of list) union.add(i);
  const wholeCart = prepared.slots.length === 0;
  return {
    entry,
    index,
    prepared,
    wholeCart,
    slotProducts,
    slotProductsAll,
    targets: [...union].sort((a, b) => a - b),
    multiUnit: prepared.stage === Stage.Bundle || prepared.stage === Stage.BuyXGetY,
    needsShipping: prepared.stage === Stage.Shipping || prepared.stage === Stage.FreeShipping,
  };
}

/** The offer's validity in a zone (absolute dates ignore the zone). */
export function windowOf(facts: OfferFacts, zone: string): ValidityWindow {
  return validityWindow(facts.prepared, zone);
}

/** Intersection of optional sets (null = any): null when all are open, an empty array when they exclude each other. */
export function intersectSets(sets: readonly (ReadonlySet<string> | null)[]): string[] | null {
  let result: string[] | null = null;
  for (const set of sets) {
    if (!set) continue;
    result = result === null ? [...set].sort() : result.filter((value) => set.has(value));
  }
  return result;
}
