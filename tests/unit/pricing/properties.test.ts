// Property tests: conservation of money, nothing below zero, determinism, no mutation, identity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  prepareOffers,
  priceCart,
  toMinorUnits,
  type CartRequest,
  type Category,
  type Offer,
  type PricingContext,
  type ProductFilter,
} from "@/lib/pricing";

const PRODUCTS = ["p0", "p1", "p2", "p3", "p4"];
const CATEGORIES = ["c0", "c1", "c2"];
const CURRENCIES = ["USD", "JPY", "KWD"] as const;

const filterArb: fc.Arbitrary<ProductFilter> = fc.oneof(
  fc.record({ productIds: fc.subarray(PRODUCTS, { minLength: 1 }) }),
  fc.record({ categories: fc.subarray(CATEGORIES, { minLength: 1 }) }),
  fc.record({ attributes: fc.constant<{ key: string; values: string[] }[]>([{ key: "brand", values: ["acme"] }]) }),
);
const percentArb = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(12.5, 33.3, 0.5));
const fixedArb = fc.integer({ min: 1, max: 5_000 }).map((cents) => cents / 100);
const optionalCount = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });
const sideArb = fc.record({ quantity: fc.integer({ min: 1, max: 3 }), products: filterArb });

const categoryArb: fc.Arbitrary<Category> = fc.oneof(
  fc.record({
    kind: fc.constant("ProductLevelPercentage" as const),
    discount: percentArb,
    products: filterArb,
    maxQuantity: optionalCount,
  }),
  fc.record({ kind: fc.constant("ProductLevelFixed" as const), discount: fixedArb, products: filterArb, maxQuantity: optionalCount }),
  fc.record({
    kind: fc.constant("CartLevelPercentage" as const),
    discount: percentArb,
    products: fc.option(filterArb, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant("CartLevelFixed" as const), discount: fixedArb, products: fc.option(filterArb, { nil: undefined }) }),
  fc.record({
    kind: fc.constant("BogoPercentage" as const),
    buy: sideArb,
    get: sideArb,
    discount: percentArb,
    maxApplications: optionalCount,
  }),
  fc.record({ kind: fc.constant("BogoFixed" as const), buy: sideArb, get: sideArb, discount: fixedArb, maxApplications: optionalCount }),
  fc.record({
    kind: fc.constant("BundlePercentage" as const),
    items: fc.array(fc.record({ products: filterArb, quantity: fc.integer({ min: 1, max: 2 }) }), { minLength: 1, maxLength: 3 }),
    discount: percentArb,
    maxApplications: optionalCount,
  }),
  fc.record({
    kind: fc.constant("BundleFixed" as const),
    items: fc.array(fc.record({ products: filterArb, quantity: fc.integer({ min: 1, max: 2 }) }), { minLength: 1, maxLength: 3 }),
    discount: fixedArb,
    maxApplications: optionalCount,
  }),
  fc.record({
    kind: fc.constant("FreeShipping" as const),
    shippingOptions: fc.option(fc.constant<string[]>(["standard"]), { nil: undefined }),
  }),
);

const offersArb: fc.Arbitrary<Offer[]> = fc
  .array(
    fc.record({
      category: categoryArb,
      source: fc.constantFrom("automatic" as const, "coupon" as const),
      exclusive: fc.boolean(),
      minimum: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    }),
    { maxLength: 8 },
  )
  .map((drafts) =>
    drafts.map(({ category, source, exclusive, minimum }, i): Offer => ({
      id: `o${i}`,
      source,
      name: `Offer ${i}`,
      category,
      active: true,
      exclusive,
      localizedTimezone: false,
      validFrom: "2026-01-01T00:00:00Z",
      validTo: null,
      currencies: minimum === undefined ? [] : CURRENCIES.map((code) => ({ code, minimumCartValue: minimum })),
      stores: [],
      consumers: [],
      channels: [],
      segment: null,
      // Distinct creation times: the result must then not depend on the order offers are given in.
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    })),
  );

const requestArb = (currency: (typeof CURRENCIES)[number]): fc.Arbitrary<CartRequest> => {
  const exponent = currency === "JPY" ? 0 : currency === "KWD" ? 3 : 2;
  const priceArb = fc.integer({ min: 0, max: 50_000 }).map((minor) => minor / 10 ** exponent);
  return fc.record({
    currency: fc.constant(currency),
    couponCodes: fc.array(fc.constantFrom("K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "NOPE"), { maxLength: 4 }),
    items: fc.array(
      fc.record({
        productId: fc.constantFrom(...PRODUCTS),
        quantity: fc.integer({ min: 1, max: 5 }),
        price: priceArb,
        categories: fc.subarray(CATEGORIES),
        attributes: fc.constantFrom({ brand: "acme" }, { brand: "zeta" }),
      }),
      { maxLength: 6 },
    ),
    shipping: fc.option(fc.record({ method: fc.constantFrom("standard", "express"), price: priceArb }), { nil: undefined }),
  });
};

const scenarioArb = fc
  .constantFrom(...CURRENCIES)
  .chain((currency) => fc.record({ offers: offersArb, request: requestArb(currency), excluded: fc.subarray(PRODUCTS, { maxLength: 2 }) }));

function contextFor(offers: Offer[], excluded: string[]): PricingContext {
  const codes: PricingContext["codes"] = {};
  offers.forEach((o, i) => {
    if (o.source === "coupon") codes[`K${i}`] = { code: `K${i}`, offerId: o.id, active: true, redemptions: 0 };
  });
  return { now: "2026-06-15T12:00:00Z", tenantTimeZone: "Europe/Berlin", storeTimeZones: {}, exclusionList: excluded, codes };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const RUNS = { numRuns: 300 };
// Generous per-test timeout: 300 runs take a few seconds on a busy CI machine.
const TIMEOUT_MS = 60_000;

describe("pricing properties", () => {
  it(
    "conserves money: line and shipping discounts sum exactly to totals.discount; nothing goes below zero",
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ offers, request, excluded }) => {
          const result = priceCart(prepareOffers(offers), request, contextFor(offers, excluded));
          const exponent = request.currency === "JPY" ? 0 : request.currency === "KWD" ? 3 : 2;
          const minor = (major: number) => toMinorUnits(major, exponent);
          let discount = 0;
          let subtotal = 0;
          result.items.forEach((line) => {
            const lineTotal = minor(line.price) * line.quantity;
            const lineDiscount = line.discounts.reduce((sum, d) => sum + minor(d.amount), 0);
            expect(lineDiscount).toBe(minor(line.totalDiscount));
            expect(line.discounts.every((d) => d.amount > 0)).toBe(true);
            expect(minor(line.finalPrice)).toBe(lineTotal - lineDiscount);
            expect(line.finalPrice).toBeGreaterThanOrEqual(0);
            if (excluded.includes(line.productId)) expect(line.discounts).toEqual([]);
            discount += lineDiscount;
            subtotal += lineTotal;
          });
          const shippingDiscount = result.shippingDiscounts.reduce((sum, d) => sum + minor(d.amount), 0);
          const shippingPrice = request.shipping ? minor(request.shipping.price) : 0;
          expect(minor(result.totals.discount)).toBe(discount + shippingDiscount);
          expect(minor(result.totals.subtotal)).toBe(subtotal);
          expect(minor(result.totals.shipping)).toBe(shippingPrice - shippingDiscount);
          expect(result.totals.shipping).toBeGreaterThanOrEqual(0);
          expect(minor(result.totals.total)).toBe(subtotal + shippingPrice - discount - shippingDiscount);
          // Every requested code is accounted for, applied or rejected.
          expect(result.trace.filter((t) => t.source === "coupon").map((t) => t.couponCode)).toEqual(request.couponCodes);
          const appliedCodes = result.trace.filter((t) => t.source === "coupon" && t.status === "applied").length;
          expect(appliedCodes + result.rejectedCouponCodes.length).toBe(request.couponCodes?.length ?? 0);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "is deterministic and independent of the order offers are given in",
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ offers, request, excluded }) => {
          const ctx = contextFor(offers, excluded);
          const first = priceCart(prepareOffers(offers), request, ctx);
          expect(priceCart(prepareOffers(offers), request, ctx)).toEqual(first);
          expect(priceCart(prepareOffers([...offers].reverse()), request, ctx)).toEqual(first);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "never mutates its inputs (deep-frozen) and leaves them unchanged",
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ offers, request, excluded }) => {
          const ctx = contextFor(offers, excluded);
          const before = structuredClone({ offers, request, ctx });
          deepFreeze(offers);
          deepFreeze(request);
          deepFreeze(ctx);
          const prepared = prepareOffers(offers);
          priceCart(prepared, request, ctx);
          priceCart(prepared, request, ctx);
          expect({ offers, request, ctx }).toEqual(before);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "with no offers, returns the cart unchanged (identity)",
    () => {
      fc.assert(
        fc.property(requestArb("USD"), (request) => {
          const result = priceCart(prepareOffers([]), request, contextFor([], []));
          expect(result.items).toEqual(
            request.items.map((line) => ({
              ...line,
              discounts: [],
              totalDiscount: 0,
              finalPrice: (toMinorUnits(line.price, 2) * line.quantity) / 100,
            })),
          );
          expect(result.totals.discount).toBe(0);
          expect(result.shippingDiscounts).toEqual([]);
          expect(result.trace.filter((t) => t.source === "automatic")).toEqual([]);
          expect(result.rejectedCouponCodes.map((r) => r.reason)).toEqual((request.couponCodes ?? []).map(() => "not_found"));
          expect(result.couponCodes).toEqual(request.couponCodes);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
