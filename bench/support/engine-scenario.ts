// The engine benchmarks' load: a retailer's automatic offers of all nine kinds (cart/product percentage
// and fixed, BOGO both, bundle both, free shipping; 10 % exclusive, 30 % localized to the store's zone,
// USD/EUR with minimums, 70 % limited to one or two stores) plus 50 coupons with 5 codes each, and
// 256 carts of 20 lines with 5 codes each (about 1 in 10 unknown). The workloads, and why the catalog
// grows with the offers, are described in bench/engine-core.ts. Everything is drawn from one seed, so
// every run (and every benchmark built on it: batch, conflicts, scenarios) prices the same carts.
import type { CartRequest, Category, CodeState, Offer, PricingContext, ProductFilter } from "../../lib/pricing";

/** The size of one retailer: its automatic offers and the catalog and stores they target. */
export type Workload = {
  readonly automaticOffers: number;
  readonly products: number;
  readonly categories: number;
  readonly brands: number;
  readonly stores: number;
};

export const WORKLOADS = {
  offers_100: { automaticOffers: 100, products: 2_000, categories: 500, brands: 100, stores: 20 },
  offers_1000: { automaticOffers: 1_000, products: 20_000, categories: 3_000, brands: 800, stores: 120 },
  offers_1000_dense: { automaticOffers: 1_000, products: 2_000, categories: 500, brands: 100, stores: 20 },
} as const satisfies Record<string, Workload>;

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

function buildCatalog(rand: () => number, workload: Workload): Product[] {
  return Array.from({ length: workload.products }, (_, i) => {
    const categories = [`cat-${Math.floor(rand() * workload.categories)}`];
    if (rand() < 0.5) categories.push(`cat-${Math.floor(rand() * workload.categories)}`);
    return {
      id: `p-${i}`,
      price: Math.round(100 + rand() * 19_900) / 100,
      categories,
      brand: `brand-${Math.floor(rand() * workload.brands)}`,
    };
  });
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** What one offer set is drawn from: the catalog and the workload's sizes. */
type Range = { readonly workload: Workload; readonly catalog: readonly Product[] };

function brandFilter(rand: () => number, { workload }: Range): ProductFilter {
  return { attributes: [{ key: "brand", values: [`brand-${Math.floor(rand() * workload.brands)}`] }] };
}

function productFilter(rand: () => number, range: Range): ProductFilter {
  const roll = rand();
  if (roll < 0.75) return { productIds: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(rand, range.catalog).id) };
  if (roll < 0.95) return { categories: [`cat-${Math.floor(rand() * range.workload.categories)}`] };
  return brandFilter(rand, range);
}

function category(rand: () => number, range: Range, allowBundles: boolean): Category {
  const roll = rand();
  const percent = 5 + Math.floor(rand() * 30);
  const fixed = 1 + Math.floor(rand() * 20);
  if (roll < 0.35) return { kind: "ProductLevelPercentage", discount: percent, products: productFilter(rand, range) };
  if (roll < 0.5)
    return { kind: "ProductLevelFixed", discount: fixed, products: productFilter(rand, range), maxQuantity: rand() < 0.3 ? 2 : undefined };
  if (roll < 0.6) return { kind: "CartLevelPercentage", discount: percent, products: productFilter(rand, range) };
  if (roll < 0.61) return rand() < 0.5 ? { kind: "CartLevelPercentage", discount: percent } : { kind: "CartLevelFixed", discount: fixed };
  if (roll < 0.75) {
    const products = productFilter(rand, range);
    return {
      kind: rand() < 0.5 ? "BogoPercentage" : "BogoFixed",
      buy: { quantity: 1 + Math.floor(rand() * 2), products },
      get: { quantity: 1, products },
      discount: rand() < 0.5 ? 50 : fixed,
      maxApplications: rand() < 0.5 ? 2 : undefined,
    } as Category;
  }
  if (roll < 0.85 && allowBundles) {
    const items = [productFilter(rand, range), productFilter(rand, range)].map((products) => ({ products, quantity: 1 }));
    return rand() < 0.5 ? { kind: "BundlePercentage", items, discount: percent } : { kind: "BundleFixed", items, discount: fixed };
  }
  if (roll < 0.86) return { kind: "FreeShipping", shippingOptions: rand() < 0.5 ? ["standard"] : undefined };
  return { kind: "ProductLevelPercentage", discount: percent, products: brandFilter(rand, range) };
}

function buildOffer(rand: () => number, range: Range, id: string, source: Offer["source"], index: number): Offer {
  const localized = rand() < 0.3;
  const offerCategory = category(rand, range, source === "automatic");
  // Whole-cart promotions are few per store in practice: most are store-specific, half in EUR only.
  const wholeCart =
    offerCategory.kind === "FreeShipping" ||
    (offerCategory.kind.startsWith("CartLevel") && !("products" in offerCategory && offerCategory.products));
  const anyStoreShare = wholeCart && source === "automatic" ? 0.1 : 0.3;
  const stores =
    rand() < anyStoreShare
      ? []
      : Array.from({ length: 1 + Math.floor(rand() * 2) }, () => `store-${Math.floor(rand() * range.workload.stores)}`);
  const currencies =
    wholeCart && source === "automatic" && rand() < 0.5
      ? [{ code: "EUR" }]
      : [{ code: "USD", minimumCartValue: rand() < 0.2 ? 50 : undefined }, { code: "EUR" }];
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

export type Scenario = { offers: Offer[]; carts: CartRequest[]; context: PricingContext };

/** The catalog buildScenario draws for a workload (the same seed, so the same products): bench/conflicts.ts analyzes it. */
export function scenarioCatalog(workload: Workload): readonly Product[] {
  return buildCatalog(random(42), workload);
}

/** The offers, carts and context of one workload; exported so a profiler can drive the same load. */
export function buildScenario(workload: Workload): Scenario {
  const rand = random(42);
  const range: Range = { workload, catalog: buildCatalog(rand, workload) };
  const { catalog } = range;
  const automaticOffers = workload.automaticOffers;
  const offers: Offer[] = [];
  for (let i = 0; i < automaticOffers; i++) offers.push(buildOffer(rand, range, `auto-${i}`, "automatic", i));
  const codes: Record<string, CodeState> = {};
  const allCodes: string[] = [];
  for (let i = 0; i < COUPONS; i++) {
    offers.push(buildOffer(rand, range, `coupon-${i}`, "coupon", automaticOffers + i));
    for (let j = 0; j < CODES_PER_COUPON; j++) {
      const code = `CODE-${i}-${j}`;
      codes[code] = { code, offerId: `coupon-${i}`, active: rand() < 0.95, redemptions: 0, maxRedemptions: rand() < 0.3 ? 1 : null };
      allCodes.push(code);
    }
  }
  const storeTimeZones: Record<string, string> = {};
  for (let s = 0; s < workload.stores; s++)
    storeTimeZones[`store-${s}`] = pick(rand, ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"]);
  const carts = Array.from({ length: CARTS }, (): CartRequest => ({
    customerId: `customer-${Math.floor(rand() * 1000)}`,
    channelType: "web",
    currency: "USD",
    storeId: `store-${Math.floor(rand() * workload.stores)}`,
    couponCodes: Array.from({ length: CODES_PER_CART }, () =>
      rand() < 0.9 ? pick(rand, allCodes) : `UNKNOWN-${Math.floor(rand() * 100)}`,
    ),
    items: Array.from({ length: LINES_PER_CART }, (_, line) => {
      const product = pick(rand, catalog);
      return {
        id: `line-${line}`,
        productId: product.id,
        quantity: 1 + Math.floor(rand() * 3),
        price: product.price,
        categories: product.categories,
        attributes: { brand: product.brand },
      };
    }),
    shipping: { method: "standard", price: 4.95 },
  }));
  const context: PricingContext = {
    now: "2026-06-15T12:00:00Z",
    tenantTimeZone: "Europe/Berlin",
    storeTimeZones,
    exclusionList: catalog.slice(0, 20).map((p) => p.id),
    codes,
  };
  return { offers, carts, context };
}
