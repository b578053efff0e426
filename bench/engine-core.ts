// Engine-only benchmark: prepareOffers once, then priceCart on 20-line carts with 5 codes each,
// at 100 and 1,000 automatic offers of mixed kinds (plus 50 coupons with 5 codes each) over a
// 2,000-product catalog in 500 categories, 100 brands and 20 stores. Offers target 1–4 products, a
// category or a brand; 70 % are limited to one or two stores. At 1,000 offers a cart meets about 27
// automatic offers and 20 of them apply (30 trace entries, a 16 KB answer); at 100, 3 and 2.
// Prints one JSON line per figure when run directly: `npx tsx bench/engine-core.ts`.
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { prepareOffers, priceCart, type CartRequest, type Category, type CodeState, type Offer, type PricingContext, type ProductFilter } from "../lib/pricing";

export type BenchFigure = { name: string; value: number; unit: string };

const PRODUCTS = 2_000;
const CATEGORIES = 500;
const BRANDS = 100;
const STORES = 20;
const COUPONS = 50;
const CODES_PER_COUPON = 5;
const LINES_PER_CART = 20;
const CODES_PER_CART = 5;
const CARTS = 256;

/** Small deterministic PRNG (mulberry32) so every run prices the same carts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Product = { id: string; price: number; categories: string[]; brand: string };

function buildCatalog(rand: () => number): Product[] {
  return Array.from({ length: PRODUCTS }, (_, i) => {
    const categories = [`cat-${Math.floor(rand() * CATEGORIES)}`];
    if (rand() < 0.5) categories.push(`cat-${Math.floor(rand() * CATEGORIES)}`);
    return { id: `p-${i}`, price: Math.round(100 + rand() * 19_900) / 100, categories, brand: `brand-${Math.floor(rand() * BRANDS)}` };
  });
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function productFilter(rand: () => number, catalog: Product[]): ProductFilter {
  const roll = rand();
  if (roll < 0.75) return { productIds: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(rand, catalog).id) };
  if (roll < 0.95) return { categories: [`cat-${Math.floor(rand() * CATEGORIES)}`] };
  return { attributes: [{ key: "brand", values: [`brand-${Math.floor(rand() * BRANDS)}`] }] };
}

function category(rand: () => number, catalog: Product[], allowBundles: boolean): Category {
  const roll = rand();
  const percent = 5 + Math.floor(rand() * 30);
  const fixed = 1 + Math.floor(rand() * 20);
  if (roll < 0.35) return { kind: "ProductLevelPercentage", discount: percent, products: productFilter(rand, catalog) };
  if (roll < 0.5) return { kind: "ProductLevelFixed", discount: fixed, products: productFilter(rand, catalog), maxQuantity: rand() < 0.3 ? 2 : undefined };
  if (roll < 0.6) return { kind: "CartLevelPercentage", discount: percent, products: productFilter(rand, catalog) };
  if (roll < 0.61) return rand() < 0.5 ? { kind: "CartLevelPercentage", discount: percent } : { kind: "CartLevelFixed", discount: fixed };
  if (roll < 0.75) {
    const products = productFilter(rand, catalog);
    return { kind: rand() < 0.5 ? "BogoPercentage" : "BogoFixed", buy: { quantity: 1 + Math.floor(rand() * 2), products }, get: { quantity: 1, products }, discount: rand() < 0.5 ? 50 : fixed, maxApplications: rand() < 0.5 ? 2 : undefined } as Category;
  }
  if (roll < 0.85 && allowBundles) {
    const items = [productFilter(rand, catalog), productFilter(rand, catalog)].map((products) => ({ products, quantity: 1 }));
    return rand() < 0.5 ? { kind: "BundlePercentage", items, discount: percent } : { kind: "BundleFixed", items, discount: fixed };
  }
  if (roll < 0.86) return { kind: "FreeShipping", shippingOptions: rand() < 0.5 ? ["standard"] : undefined };
  return { kind: "ProductLevelPercentage", discount: percent, products: { attributes: [{ key: "brand", values: [`brand-${Math.floor(rand() * BRANDS)}`] }] } };
}

function buildOffer(rand: () => number, catalog: Product[], id: string, source: Offer["source"], index: number): Offer {
  const localized = rand() < 0.3;
  const offerCategory = category(rand, catalog, source === "automatic");
  // Whole-cart promotions are few per store in practice: most are store-specific, half in EUR only.
  const wholeCart = offerCategory.kind === "FreeShipping" || (offerCategory.kind.startsWith("CartLevel") && !("products" in offerCategory && offerCategory.products));
  const anyStoreShare = wholeCart && source === "automatic" ? 0.1 : 0.3;
  const stores = rand() < anyStoreShare ? [] : Array.from({ length: 1 + Math.floor(rand() * 2) }, () => `store-${Math.floor(rand() * STORES)}`);
  const currencies = wholeCart && source === "automatic" && rand() < 0.5 ? [{ code: "EUR" }] : [{ code: "USD", minimumCartValue: rand() < 0.2 ? 50 : undefined }, { code: "EUR" }];
  return {
    id,
    source,
    name: `${source} offer ${index}`,
    category: offerCategory,
    active: true,
    exclusive: rand() < 0.1,
    localizedTimezone: localized,
    validFrom: localized ? "2026-01-01T00:00:00" : "2026-01-01T00:00:00Z",
    validTo: rand() < 0.5 ? null : localized ? "2027-12-31T23:59:59" : "2027-12-31T23:59:59+01:00",
    currencies,
    stores,
    consumers: [],
    channels: [],
    segment: null,
    createdAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
  };
}

type Scenario = { offers: Offer[]; carts: CartRequest[]; context: PricingContext };

/** The offers, carts and context of one case; exported so a profiler can drive the same load. */
export function buildScenario(automaticOffers: number): Scenario {
  const rand = random(42);
  const catalog = buildCatalog(rand);
  const offers: Offer[] = [];
  for (let i = 0; i < automaticOffers; i++) offers.push(buildOffer(rand, catalog, `auto-${i}`, "automatic", i));
  const codes: Record<string, CodeState> = {};
  const allCodes: string[] = [];
  for (let i = 0; i < COUPONS; i++) {
    offers.push(buildOffer(rand, catalog, `coupon-${i}`, "coupon", automaticOffers + i));
    for (let j = 0; j < CODES_PER_COUPON; j++) {
      const code = `CODE-${i}-${j}`;
      codes[code] = { code, offerId: `coupon-${i}`, active: rand() < 0.95, redemptions: 0, maxRedemptions: rand() < 0.3 ? 1 : null };
      allCodes.push(code);
    }
  }
  const storeTimeZones: Record<string, string> = {};
  for (let s = 0; s < STORES; s++) storeTimeZones[`store-${s}`] = pick(rand, ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"]);
  const carts = Array.from({ length: CARTS }, (): CartRequest => ({
    customerId: `customer-${Math.floor(rand() * 1000)}`,
    channelType: "web",
    currency: "USD",
    storeId: `store-${Math.floor(rand() * STORES)}`,
    couponCodes: Array.from({ length: CODES_PER_CART }, () => (rand() < 0.9 ? pick(rand, allCodes) : `UNKNOWN-${Math.floor(rand() * 100)}`)),
    items: Array.from({ length: LINES_PER_CART }, (_, line) => {
      const product = pick(rand, catalog);
      return { id: `line-${line}`, productId: product.id, quantity: 1 + Math.floor(rand() * 3), price: product.price, categories: product.categories, attributes: { brand: product.brand } };
    }),
    shipping: { method: "standard", price: 4.95 },
  }));
  const context: PricingContext = { now: "2026-06-15T12:00:00Z", tenantTimeZone: "Europe/Berlin", storeTimeZones, exclusionList: catalog.slice(0, 20).map((p) => p.id), codes };
  return { offers, carts, context };
}

type Timing = { cartsPerSecond: number; p50Ms: number; p99Ms: number; meanMs: number };

/** A call this many times slower than the median was pre-empted by another process, not slow. */
const PREEMPTED_FACTOR = 20;

/**
 * Runs `run` repeatedly for about `seconds`, timing every call. Throughput and the mean leave out
 * calls slower than 20× the median: on a shared machine those are time slices given to other
 * processes (several ms), while the engine's own pauses (minor GC, well under that) stay in. The
 * percentiles are over every call, interrupted ones included.
 */
function timeLoop(seconds: number, run: (i: number) => void): Timing {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; performance.now() - started < seconds * 1000; i++) {
    const t0 = performance.now();
    run(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const p50Ms = samples[Math.floor(samples.length * 0.5)];
  const kept = samples.filter((ms) => ms <= p50Ms * PREEMPTED_FACTOR);
  const meanMs = kept.reduce((sum, ms) => sum + ms, 0) / kept.length;
  return { cartsPerSecond: 1000 / meanMs, p50Ms, p99Ms: samples[Math.floor(samples.length * 0.99)], meanMs };
}

function benchCase(automaticOffers: number, seconds: number): { engine: Timing; json: Timing } {
  const { offers, carts, context } = buildScenario(automaticOffers);
  const prepared = prepareOffers(offers);
  const price = (i: number) => priceCart(prepared, carts[i % carts.length], context);
  // Warm-up: every cart once (fills the per-zone validity and per-currency order memos), then let
  // the JIT settle.
  carts.forEach((_, i) => price(i));
  timeLoop(0.5, price);
  const engine = timeLoop(seconds, price);
  const requestTexts = carts.map((cart) => JSON.stringify(cart));
  const answers = carts.map((cart) => priceCart(prepared, cart, context));
  const roundTrip = (i: number) => JSON.stringify(answers[i % carts.length]).length + (JSON.parse(requestTexts[i % carts.length]) as CartRequest).items.length;
  timeLoop(0.3, roundTrip);
  const json = timeLoop(Math.min(1, seconds), roundTrip);
  return { engine, json };
}

export function runEngineBench(seconds = 2): BenchFigure[] {
  const small = benchCase(100, seconds);
  const large = benchCase(1_000, seconds);
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return [
    { name: "engine.carts_per_s.offers_100", value: Math.round(small.engine.cartsPerSecond), unit: "carts/s" },
    { name: "engine.carts_per_s.offers_1000", value: Math.round(large.engine.cartsPerSecond), unit: "carts/s" },
    { name: "engine.p50_ms.offers_1000", value: round(large.engine.p50Ms, 4), unit: "ms" },
    { name: "engine.p99_ms.offers_1000", value: round(large.engine.p99Ms, 4), unit: "ms" },
    { name: "engine.ratio_to_json_roundtrip.offers_1000", value: round(large.engine.meanMs / large.json.meanMs, 2), unit: "ratio" },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of runEngineBench()) console.log(JSON.stringify(figure));
}
