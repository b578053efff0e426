// Finds the offers that could touch a cart, with the lines each filter slot matches, through the
// indexes of prepareOffers: the cost grows with the matches, not with the size of the offer set.
import type { PricingRun } from "./cart-lines";
import type { SlotMatches } from "./effects/compute-effect";
import { automaticIndexFor, type PreparedOffers, type SlotRef, type StoreIndex } from "./prepare-offers";
import type { PreparedOffer } from "./prepared-offer";

import type { FamilyCandidate } from "./apply-family";

const WHOLE_CART: SlotMatches = [];

/** Per-cart accumulator of index hits: offer -> lines per slot. */
class MatchCollector {
  readonly candidates: FamilyCandidate[] = [];
  // Indexed by offer position: a plain array beats a Map keyed by object on this hot path.
  private readonly slotsByPosition: (number[][] | undefined)[];

  /** `wanted`: only collect these offers (the coupons a cart names). */
  constructor(
    offerCount: number,
    private readonly wanted?: ReadonlySet<PreparedOffer>,
  ) {
    this.slotsByPosition = new Array(offerCount);
  }

  add(refs: readonly SlotRef[] | undefined, lineIndex: number): void {
    if (refs === undefined) return;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      const offer = ref.offer;
      if (this.wanted !== undefined && !this.wanted.has(offer)) continue;
      let slots = this.slotsByPosition[offer.position];
      if (slots === undefined) {
        slots = [];
        for (let s = 0; s < offer.slots.length; s++) slots.push([]);
        this.slotsByPosition[offer.position] = slots;
        this.candidates.push({ prepared: offer, matches: slots });
      }
      const lines = slots[ref.slot];
      // Lines are visited in order, so a line matched twice (id and category) is the last entry.
      // (Never read lines[-1]: an out-of-bounds read sends V8 down a slow path.)
      if (lines.length === 0 || lines[lines.length - 1] !== lineIndex) lines.push(lineIndex);
    }
  }

  addWholeCart(offers: readonly PreparedOffer[] | undefined): void {
    if (offers) for (const offer of offers) this.candidates.push({ prepared: offer, matches: WHOLE_CART });
  }
}

function collectFromIndex(index: StoreIndex, run: PricingRun, collector: MatchCollector): void {
  const { byProduct, byCategory, byAttribute, attributeKeys } = index;
  const lines = run.lines;
  for (const lineIndex of run.discountableLines) {
    const line = lines[lineIndex];
    collector.add(byProduct.get(line.productId), lineIndex);
    const categories = line.categories;
    if (categories !== undefined && byCategory.size > 0) {
      for (let i = 0; i < categories.length; i++) collector.add(byCategory.get(categories[i]), lineIndex);
    }
    const attributes = line.attributes;
    if (attributes !== undefined) {
      for (let k = 0; k < attributeKeys.length; k++) {
        const key = attributeKeys[k];
        const value = attributes[key];
        // typeof guards against inherited members such as "constructor".
        if (typeof value === "string") collector.add(byAttribute.get(key)?.get(value), lineIndex);
      }
    }
  }
  collector.addWholeCart(index.wholeCartByCurrency.get(run.currency));
  collector.addWholeCart(index.wholeCartByCurrency.get(""));
}

export function collectAutomaticCandidates(offers: PreparedOffers, run: PricingRun, storeId: string | undefined): FamilyCandidate[] {
  const collector = new MatchCollector(offers.offerCount);
  collectFromIndex(automaticIndexFor(offers, storeId), run, collector);
  return collector.candidates;
}

/** Lines matching each filter slot of the given coupons (no slots: the whole cart). */
export function collectCouponMatches(
  offers: PreparedOffers,
  run: PricingRun,
  coupons: readonly PreparedOffer[],
): Map<PreparedOffer, SlotMatches> {
  const collector = new MatchCollector(offers.offerCount, new Set(coupons));
  collectFromIndex(offers.couponIndex, run, collector);
  const matches = new Map<PreparedOffer, SlotMatches>(collector.candidates.map((c) => [c.prepared, c.matches]));
  for (const coupon of coupons) {
    if (!matches.has(coupon)) matches.set(coupon, coupon.slots.length === 0 ? WHOLE_CART : coupon.slots.map(() => []));
  }
  return matches;
}
