// Worst-case stacking: the largest share of a cart that offers applied together take, searched over
// the catalog. Candidate carts: per cell of products (the products one list of offers matches), the
// cheapest product in each currency (the one fixed amounts take the largest share of), with every
// offer of the cell and every whole-cart offer that accepts the moment, store and channel tried, their
// BXGY and bundle partners and their minimums; priced by the engine. The figure is a real cart, so it
// is a lower bound of the true worst case; a share above the tenant's threshold is a finding.
import { buildCounterExample } from "@/lib/conflicts/counter-example";
import { cartInWords } from "@/lib/conflicts/describe";
import { windowOf, type OfferFacts } from "@/lib/conflicts/offer-facts";
import type { Finding } from "@/lib/conflicts/types";
import { inPlay, priceIn, type World } from "@/lib/conflicts/world";
import type { CartRequest } from "@/lib/pricing";
import { MAX_COUPON_CODES } from "@/lib/carts/schemas";

type Context = { storeId?: string; channelType?: string; atMs: number };
type Best = { share: number; cart: CartRequest; offerIds: string[]; names: string[] };

/** A few moments and places beside "now, anywhere": the first stores and channels offers name, the next starts. */
function contextsOf(world: World, playing: readonly OfferFacts[]): Context[] {
  const stores = new Set<string>();
  const channels = new Set<string>();
  const starts = new Set<number>();
  for (const f of playing) {
    for (const s of f.prepared.stores ?? []) stores.add(s);
    for (const c of f.prepared.channels ?? []) channels.add(c);
    const from = windowOf(f, world.input.tenantTimeZone).fromMs;
    if (from > world.nowMs && Number.isFinite(from)) starts.add(from);
  }
  return [
    { atMs: world.nowMs },
    ...[...stores]
      .sort()
      .slice(0, 2)
      .map((storeId) => ({ storeId, atMs: world.nowMs })),
    ...[...channels]
      .sort()
      .slice(0, 2)
      .map((channelType) => ({ channelType, atMs: world.nowMs })),
    ...[...starts]
      .sort((a, b) => a - b)
      .slice(0, 2)
      .map((atMs) => ({ atMs })),
  ];
}

function accepts(world: World, f: OfferFacts, context: Context, currency: string): boolean {
  const p = f.prepared;
  if (p.stores && (context.storeId === undefined || !p.stores.has(context.storeId))) return false;
  if (p.channels && (context.channelType === undefined || !p.channels.has(context.channelType))) return false;
  if (p.consumers || (p.currencies && !p.currencies.has(currency))) return false;
  const zone = context.storeId ? (world.storeZones[context.storeId] ?? world.input.tenantTimeZone) : world.input.tenantTimeZone;
  const window = windowOf(f, zone);
  return window.fromMs <= context.atMs && context.atMs <= window.toMs;
}

export function findStacking(world: World, cells: readonly { offers: number[]; products: number[] }[]): Finding[] {
  const playing = world.facts.filter((f) => inPlay(world, f));
  const whole = playing.filter((f) => f.wholeCart);
  const contexts = contextsOf(world, playing);
  const currencies = new Set<string>();
  for (const product of world.catalog.products) for (const code of Object.keys(product.prices)) currencies.add(code);
  const best = new Map<string, Best>();
  const seen = new Set<string>();
  const groups = [...cells.map((cell) => ({ offers: cell.offers.map((i) => world.facts[i]), products: cell.products }))];
  if (whole.length >= 2) groups.push({ offers: [], products: [] });
  for (const group of groups) {
    if (group.offers.length + whole.length < 2) continue;
    for (const currency of [...currencies].sort()) {
      const pivot = cheapest(world, group.products, currency);
      if (group.products.length > 0 && pivot === undefined) continue;
      for (const context of contexts) {
        const chosen = [...group.offers, ...whole].filter((f) => accepts(world, f, context, currency));
        const coupons = chosen.filter((f) => f.entry.offer.source === "coupon").slice(0, MAX_COUPON_CODES);
        const offers = [...chosen.filter((f) => f.entry.offer.source !== "coupon"), ...coupons];
        if (offers.length < 2) continue;
        const key = `${currency}|${pivot}|${context.atMs}|${offers.map((f) => f.index).join(",")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // All of them; without those a minimum keeps out (a smaller cart may lose less to them than it
        // gains elsewhere); without the multi-unit deals whose partner products are missing.
        const variants = [offers, offers.filter((f) => !hasMinimum(f, currency)), offers.filter((f) => !f.multiUnit)];
        for (const variant of variants) {
          if (variant.length < 2) continue;
          const cart = buildCounterExample(world, { offers: variant, pivot, currency, atMs: context.atMs });
          if (cart) consider(world, best, cart);
        }
      }
    }
  }
  const findings: Finding[] = [];
  for (const [currency, found] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (found.share <= world.input.stackingThresholdPercent) continue;
    findings.push({
      id: `stacking:${currency}`,
      kind: "stacking",
      reason: null,
      offerIds: found.offerIds,
      winnerId: null,
      sharePercent: found.share,
      message: `${found.names.join(" + ")} together take ${found.share}% off one cart (${cartInWords(found.cart)}), above the ${world.input.stackingThresholdPercent}% threshold.`,
      cart: found.cart,
    });
  }
  return findings;
}

function hasMinimum(f: OfferFacts, currency: string): boolean {
  const minimum = f.prepared.currencies?.get(currency)?.minimumCartValue;
  return typeof minimum === "number" && minimum > 0;
}

function cheapest(world: World, products: readonly number[], currency: string): number | undefined {
  let found: number | undefined;
  for (const i of products) {
    const price = world.catalog.products[i].prices[currency];
    if (typeof price === "number" && price > 0 && (found === undefined || price < world.catalog.products[found].prices[currency]))
      found = i;
  }
  return found;
}

function consider(world: World, best: Map<string, Best>, cart: CartRequest): void {
  const result = priceIn(world, cart);
  const applied = result.trace.filter((entry) => entry.status === "applied");
  if (applied.length < 2) return;
  const base = result.totals.subtotal + (cart.shipping?.price ?? 0);
  if (!(base > 0)) return;
  const share = Math.round((result.totals.discount / base) * 10_000) / 100;
  const current = best.get(cart.currency);
  if (current && current.share >= share) return;
  best.set(cart.currency, { share, cart, offerIds: applied.map((e) => e.id), names: applied.map((e) => `“${e.name}”`) });
}
