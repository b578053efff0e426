// Everything one analysis run shares: the indexed catalog, each offer's facts, the whole offer set
// prepared by the engine, and the pricing context the counter-examples are priced (and verified) in.
import { indexCatalog, type CatalogIndex } from "@/lib/conflicts/catalog-index";
import { offerFacts, windowOf, type OfferFacts } from "@/lib/conflicts/offer-facts";
import type { AnalysisInput } from "@/lib/conflicts/types";
import { usageIn, usedUpLimit } from "@/lib/conflicts/used-up-limit";
import {
  parseInstant,
  prepareOffers,
  priceCart,
  type CartRequest,
  type CodeState,
  type DiscountedCart,
  type OfferUsageFacts,
  type PreparedOffers,
  type PricingContext,
  type TraceEntry,
} from "@/lib/pricing";

export type World = {
  readonly input: AnalysisInput;
  readonly catalog: CatalogIndex;
  readonly facts: readonly OfferFacts[];
  readonly prepared: PreparedOffers;
  readonly context: PricingContext;
  readonly nowMs: number;
  readonly storeZones: Readonly<Record<string, string | null>>;
  /** Per cart currency, the limited offers' usage the engine is given (built on first use). */
  readonly usageByCurrency: Map<string, Record<string, OfferUsageFacts>>;
};

export function buildWorld(input: AnalysisInput): World {
  const nowMs = parseInstant(input.now);
  if (nowMs === null) throw new RangeError(`now is not an ISO instant: ${input.now}`);
  const catalog = indexCatalog(input.products, input.exclusionList);
  // Creation order, then id: the engine's own tie-break order, and a deterministic walk.
  const offers = [...input.offers].sort(
    (a, b) => a.offer.createdAt.localeCompare(b.offer.createdAt) || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0),
  );
  const facts = offers.map((entry, i) => offerFacts(entry, i, catalog));
  const codes: Record<string, CodeState> = {};
  for (const { codes: known } of offers) {
    if (known?.usable) codes[known.usable.code] = known.usable;
    if (known?.inactive) codes[known.inactive.code] = known.inactive;
  }
  const storeZones = Object.fromEntries(input.stores.map((s) => [s.id, s.timeZone]));
  return {
    input,
    catalog,
    facts,
    prepared: prepareOffers(offers.map((o) => o.offer)),
    context: {
      now: input.now,
      tenantTimeZone: input.tenantTimeZone,
      storeTimeZones: storeZones,
      exclusionList: input.exclusionList,
      codes,
    },
    nowMs,
    storeZones,
    usageByCurrency: new Map(),
  };
}

/** Prices a cart as checkout would now: the offers' current usage counts against their limits. */
export function priceIn(world: World, cart: CartRequest): DiscountedCart {
  let usage = world.usageByCurrency.get(cart.currency);
  if (!usage) {
    usage = usageIn(world.input.offers, cart.currency);
    world.usageByCurrency.set(cart.currency, usage);
  }
  return priceCart(world.prepared, cart, { ...world.context, usage });
}

/** The trace entry of one offer in a priced cart. */
export function traceOf(result: DiscountedCart, facts: OfferFacts): TraceEntry | undefined {
  const { id, source } = facts.entry.offer;
  return result.trace.find((entry) => entry.id === id && entry.source === source);
}

/** Switched on, not over, limit not used up, and (coupons) with a code a customer can enter: it can apply to some cart. */
export function inPlay(world: World, facts: OfferFacts): boolean {
  const offer = facts.entry.offer;
  if (!offer.active) return false;
  if (windowOf(facts, world.input.tenantTimeZone).toMs < world.nowMs) return false;
  if (usedUpLimit(facts.entry)) return false;
  return offer.source !== "coupon" || facts.entry.codes?.usable !== undefined;
}
