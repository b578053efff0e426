// Builds the counter-example cart for a set of offers that must all be able to apply: a currency, store,
// channel, customer and moment they all accept, the catalog products (at catalog prices) each one needs
// (the shared pivot product first, the other slots of BXGY and bundles from their own filters), enough
// units for multi-unit deals and minimums, and the coupons' codes. Null when no such cart exists.
import { intersectSets, windowOf, type OfferFacts } from "@/lib/conflicts/offer-facts";
import type { World } from "@/lib/conflicts/world";
import { MAX_QUANTITY } from "@/lib/carts/schemas";
import { currencyExponent, toMajorUnits, toMinorUnits, type CartRequest, type CodeState } from "@/lib/pricing";
import { Stage } from "@/lib/pricing/prepared-offer";
import { pickTimeZone } from "@/lib/pricing/time";

export type CartPlan = {
  offers: readonly OfferFacts[];
  /** Product index to use wherever a slot accepts it. */
  pivot?: number;
  /** Use products on the exclusion list too (the "every product excluded" counter-example). */
  allowExcluded?: boolean;
  /** Price at this instant instead of the first moment all offers are valid (the "expired" counter-example). */
  atMs?: number;
  /** The code to send for a coupon; default: its usable code. Null sends no code for it. */
  codeFor?: (facts: OfferFacts) => CodeState | null | undefined;
  /** Build the cart in this currency only. */
  currency?: string;
  /** Replace the lines: product index → quantity (the "minimum unreachable" counter-example). */
  lines?: ReadonlyMap<number, number>;
};

type Line = { multi: number; single: number };

export function buildCounterExample(world: World, plan: CartPlan): CartRequest | null {
  const currencies = intersectSets(plan.offers.map((f) => (f.prepared.currencies ? new Set(f.prepared.currencies.keys()) : null)));
  const candidates = plan.currency ? [plan.currency] : (currencies ?? currenciesOf(world, plan.pivot));
  for (const currency of candidates) {
    const cart = buildIn(world, plan, currency);
    if (cart) return cart;
  }
  return null;
}

function currenciesOf(world: World, pivot: number | undefined): string[] {
  if (pivot !== undefined) return Object.keys(world.catalog.products[pivot].prices).sort();
  const all = new Set<string>();
  for (const product of world.catalog.products.slice(0, 50)) for (const code of Object.keys(product.prices)) all.add(code);
  return [...all].sort();
}

function buildIn(world: World, plan: CartPlan, currency: string): CartRequest | null {
  const stores = intersectSets(plan.offers.map((f) => f.prepared.stores));
  const channels = intersectSets(plan.offers.map((f) => f.prepared.channels));
  const consumers = intersectSets(plan.offers.map((f) => f.prepared.consumers));
  if (stores?.length === 0 || channels?.length === 0 || consumers?.length === 0) return null;
  const storeId = stores?.[0];
  const zone = pickTimeZone(storeId !== undefined ? world.storeZones[storeId] : undefined, world.input.tenantTimeZone);
  let atMs = plan.atMs;
  if (atMs === undefined) {
    let from = world.nowMs;
    let to = Number.POSITIVE_INFINITY;
    for (const f of plan.offers) {
      const window = windowOf(f, zone);
      from = Math.max(from, window.fromMs);
      to = Math.min(to, window.toMs);
    }
    if (!(from <= to) || !Number.isFinite(from)) return null;
    atMs = from;
  }
  const exponent = currencyExponent(currency);
  const lines = plan.lines ? new Map([...plan.lines].map(([i, q]) => [i, { multi: q, single: 0 }])) : productLines(world, plan, currency);
  if (!lines || lines.size === 0) return null;
  const quantities = new Map<number, number>();
  for (const [i, line] of lines) quantities.set(i, Math.max(line.multi, line.single, 1));
  if (!plan.lines && !reachMinimum(world, plan, currency, exponent, quantities)) return null;
  const codes: string[] = [];
  for (const f of plan.offers) {
    if (f.entry.offer.source !== "coupon") continue;
    const code = plan.codeFor ? plan.codeFor(f) : f.entry.codes?.usable;
    if (code === undefined) return null;
    if (code) codes.push(code.code);
  }
  const segments = new Map<string, { key: string; value: string }>();
  for (const f of plan.offers) {
    const segment = f.entry.offer.segment;
    if (segment) segments.set(`${segment.key}\u0000${segment.value}`, { key: segment.key, value: segment.value });
  }
  const items = [...quantities]
    .sort((a, b) => a[0] - b[0])
    .map(([i, quantity]) => {
      const product = world.catalog.products[i];
      return {
        productId: product.id,
        quantity,
        price: toMajorUnits(product.prices[currency], exponent),
        ...(product.categories.length ? { categories: product.categories } : {}),
        ...(Object.keys(product.attributes).length ? { attributes: product.attributes } : {}),
      };
    });
  const shipping = shippingFor(plan.offers);
  if (shipping === null) return null;
  return {
    currency,
    at: new Date(atMs).toISOString(),
    ...(storeId !== undefined ? { storeId } : {}),
    ...(channels ? { channelType: channels[0] } : {}),
    ...(consumers ? { customerId: consumers[0] } : {}),
    ...(segments.size ? { customerSegments: [...segments.values()] } : {}),
    ...(codes.length ? { couponCodes: codes } : {}),
    items,
    ...(shipping ? { shipping } : {}),
  };
}

/** Per product: units multi-unit deals take (they add up: a unit serves one deal) and units other offers need. */
function productLines(world: World, plan: CartPlan, currency: string): Map<number, Line> | null {
  const lines = new Map<number, Line>();
  const add = (i: number, units: number, multi: boolean) => {
    const line = lines.get(i) ?? { multi: 0, single: 0 };
    if (multi) line.multi += units;
    else line.single = Math.max(line.single, units);
    lines.set(i, line);
  };
  const priced = (i: number) => typeof world.catalog.products[i].prices[currency] === "number";
  const pick = (f: OfferFacts, slot: number): number | undefined => {
    const list = plan.allowExcluded ? f.slotProductsAll[slot] : f.slotProducts[slot];
    if (plan.pivot !== undefined && list.includes(plan.pivot) && priced(plan.pivot)) return plan.pivot;
    return list.find(priced);
  };
  for (const f of plan.offers) {
    if (f.wholeCart) {
      const i = plan.pivot ?? world.catalog.products.findIndex((p, k) => !world.catalog.excluded.has(p.id) && priced(k));
      if (i === undefined || i < 0 || !priced(i)) return null;
      add(i, 1, false);
      continue;
    }
    const quantities = f.prepared.slotQuantities;
    for (let slot = 0; slot < f.prepared.slots.length; slot++) {
      const i = pick(f, slot);
      if (i === undefined) return null;
      add(i, f.multiUnit ? quantities[slot] : 1, f.multiUnit);
    }
  }
  return lines;
}

/** Raises the pivot (else the first line) until the subtotal reaches every offer's minimum in this currency. */
function reachMinimum(world: World, plan: CartPlan, currency: string, exponent: number, quantities: Map<number, number>): boolean {
  let minimum = 0;
  for (const f of plan.offers) {
    const value = f.prepared.currencies?.get(currency)?.minimumCartValue;
    if (typeof value === "number" && Number.isFinite(value)) minimum = Math.max(minimum, toMinorUnits(value, exponent));
  }
  let subtotal = 0;
  for (const [i, q] of quantities) subtotal += q * world.catalog.products[i].prices[currency];
  if (subtotal >= minimum) return true;
  const target = plan.pivot !== undefined && quantities.has(plan.pivot) ? plan.pivot : [...quantities.keys()][0];
  const price = world.catalog.products[target].prices[currency];
  if (!(price > 0)) return false;
  const quantity = (quantities.get(target) ?? 0) + Math.ceil((minimum - subtotal) / price);
  if (quantity > MAX_QUANTITY) return false;
  quantities.set(target, quantity);
  return true;
}

/** A shipping price when an offer discounts shipping, with a method every free-shipping offer lists; null when none fits. */
function shippingFor(offers: readonly OfferFacts[]): { method?: string; price: number } | undefined | null {
  const shippingOffers = offers.filter((f) => f.needsShipping);
  if (shippingOffers.length === 0) return undefined;
  const methods = intersectSets(shippingOffers.map((f) => f.prepared.shippingOptions));
  if (methods?.length === 0) return null;
  let price = 5;
  for (const f of shippingOffers)
    if (f.prepared.stage === Stage.Shipping && f.prepared.shippingPriceLimit !== null)
      price = Math.min(price, f.prepared.shippingPriceLimit);
  return { ...(methods ? { method: methods[0] } : {}), price };
}
