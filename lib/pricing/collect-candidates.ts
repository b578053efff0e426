// Finds the offers that could touch a cart, with the lines each filter slot matches. Automatic
// offers come through the term index of prepareOffers (open to any store or to the cart's store):
// the cost grows with the cart and its matches, not with the size of the offer set. The few coupons
// a cart names are matched line by line.
import type { FamilyCandidate } from "./apply-family";
import type { PricingRun } from "./cart-lines";
import type { SlotMatches } from "./effects/compute-effect";
import type { PreparedOffers, SlotRef, TermEntry } from "./prepare-offers";
import type { PreparedOffer } from "./prepared-offer";
import { filterMatches } from "./product-filter";

const WHOLE_CART: SlotMatches = [];

/** Per-cart accumulator of index hits: offer -> lines per slot. */
class MatchCollector {
  readonly automatic: FamilyCandidate[] = [];
  readonly slotsByOffer = new Map<PreparedOffer, number[][]>();

  constructor(private readonly storeId: string | undefined) {}

  addTerm(entry: TermEntry | undefined, lineIndex: number): void {
    if (entry === undefined) return;
    this.add(entry.anyStore, lineIndex);
    if (entry.byStore !== null && this.storeId !== undefined) this.add(entry.byStore.get(this.storeId), lineIndex);
  }

  private add(refs: readonly SlotRef[] | undefined, lineIndex: number): void {
    if (refs === undefined) return;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      const offer = ref.offer;
      let slots = this.slotsByOffer.get(offer);
      if (slots === undefined) {
        slots = [];
        for (let s = 0; s < offer.slots.length; s++) slots.push([]);
        this.slotsByOffer.set(offer, slots);
        this.automatic.push({ prepared: offer, matches: slots });
      }
      const lines = slots[ref.slot];
      // Lines are visited in order, so a line matched twice (id and category) is the last entry.
      // (Never read lines[-1]: an out-of-bounds read sends V8 down a slow path.)
      if (lines.length === 0 || lines[lines.length - 1] !== lineIndex) lines.push(lineIndex);
    }
  }

  addWholeCart(offers: readonly PreparedOffer[] | undefined): void {
    if (offers) for (const offer of offers) this.automatic.push({ prepared: offer, matches: WHOLE_CART });
  }
}

/** Automatic offers touching the cart, in no particular order. */
export function collectAutomaticCandidates(offers: PreparedOffers, run: PricingRun, storeId: string | undefined): FamilyCandidate[] {
  const collector = new MatchCollector(storeId);
  const { byProduct, byCategory, attributes: attributeIndex } = offers.terms;
  for (const lineIndex of run.discountableLines) {
    const line = run.lines[lineIndex];
    collector.addTerm(byProduct.get(line.productId), lineIndex);
    const categories = line.categories;
    if (categories !== undefined && byCategory.size > 0) {
      for (let i = 0; i < categories.length; i++) collector.addTerm(byCategory.get(categories[i]), lineIndex);
    }
    const attributes = line.attributes;
    if (attributes !== undefined) {
      for (let k = 0; k < attributeIndex.length; k++) {
        const value = attributes[attributeIndex[k].key];
        // typeof guards against inherited members such as "constructor".
        if (typeof value === "string") collector.addTerm(attributeIndex[k].byValue.get(value), lineIndex);
      }
    }
  }
  for (const index of [offers.wholeCartAnyStore, storeId === undefined ? undefined : offers.wholeCartByStore.get(storeId)]) {
    collector.addWholeCart(index?.get(run.currency));
    collector.addWholeCart(index?.get(""));
  }
  return collector.automatic;
}

/** Lines matching each filter slot of a coupon (no slots: the whole cart). */
export function matchLines(prepared: PreparedOffer, run: PricingRun): SlotMatches {
  if (prepared.slots.length === 0) return WHOLE_CART;
  return prepared.slots.map((filter) => run.discountableLines.filter((index) => filterMatches(filter, run.lines[index])));
}
