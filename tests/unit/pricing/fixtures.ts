// Builders for pricing tests: each test states only what matters to it.
import {
  prepareOffers,
  priceCart,
  type CartItemInput,
  type CartRequest,
  type Category,
  type CodeState,
  type DiscountedCart,
  type Offer,
  type PricingContext,
} from "@/lib/pricing";

let serial = 0;

export function offer(category: Category, overrides: Partial<Offer> = {}): Offer {
  serial++;
  return {
    id: overrides.id ?? `offer-${serial}`,
    source: "automatic",
    name: overrides.name ?? overrides.id ?? `Offer ${serial}`,
    category,
    active: true,
    exclusive: false,
    localizedTimezone: false,
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
    currencies: [],
    stores: [],
    consumers: [],
    channels: [],
    segment: null,
    createdAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

export function coupon(category: Category, overrides: Partial<Offer> = {}): Offer {
  return offer(category, { source: "coupon", ...overrides });
}

export function item(productId: string, price: number, quantity = 1, extra: Partial<CartItemInput> = {}): CartItemInput {
  return { id: `line-${productId}`, productId, price, quantity, ...extra };
}

export function cart(items: CartItemInput[], extra: Partial<CartRequest> = {}): CartRequest {
  return { currency: "USD", items, ...extra };
}

/** Codes named after their coupon: code "X" -> offer id given, active, unused. */
export function codes(entries: Record<string, string | (Partial<CodeState> & { offerId: string })>): Record<string, CodeState> {
  const states: Record<string, CodeState> = {};
  for (const [code, value] of Object.entries(entries)) {
    const partial = typeof value === "string" ? { offerId: value } : value;
    states[code] = { code, active: true, redemptions: 0, maxRedemptions: null, ...partial };
  }
  return states;
}

export function context(overrides: Partial<PricingContext> = {}): PricingContext {
  return {
    now: "2026-06-15T12:00:00Z",
    tenantTimeZone: "UTC",
    storeTimeZones: {},
    exclusionList: [],
    codes: {},
    ...overrides,
  };
}

export function price(offers: Offer[], request: CartRequest, ctx: Partial<PricingContext> = {}): DiscountedCart {
  return priceCart(prepareOffers(offers), request, context(ctx));
}

/** Amount per line taken by each offer id, for compact assertions. */
export function lineAmounts(result: DiscountedCart): Record<string, number>[] {
  return result.items.map((line) => Object.fromEntries(line.discounts.map((d) => [d.id, d.amount])));
}

export function traceOf(result: DiscountedCart, id: string) {
  const entry = result.trace.find((t) => t.id === id);
  if (!entry) throw new Error(`no trace entry for ${id}`);
  return entry;
}

export const products = (...productIds: string[]) => ({ productIds });
