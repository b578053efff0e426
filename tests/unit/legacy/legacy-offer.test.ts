// A legacy coupon through the real engine (lib/legacy/legacy-offer.ts): every scope → kind mapping, every
// rule check → its §4.9 reason, priority order, and legacy codes beside v1 codes.
import { describe, expect, it } from "vitest";
import { discountRuleCategory, legacyCouponOffer, type LegacyCouponFacts, type LegacyDiscountFacts } from "@/lib/legacy/legacy-offer";
import type { ValidationRule } from "@/lib/legacy/schemas";
import { prepareOffers, priceCart, type CartRequest, type CodeState, type Offer } from "@/lib/pricing";

const rule = (over: Partial<LegacyDiscountFacts> = {}): LegacyDiscountFacts => ({
  scope: "order",
  type: "fixed",
  amount: 500,
  percentage: null,
  currency: "EUR",
  priority: 0,
  minimumOrderAmount: null,
  shippingPriceLimit: null,
  items: [],
  categories: [],
  ...over,
});

let serial = 0;
function coupon(
  over: Partial<LegacyCouponFacts> = {},
  templateRules: ValidationRule[] = [],
  ownRules: ValidationRule[] = [],
): LegacyCouponFacts {
  serial++;
  return {
    id: `coupon-${serial}`,
    code: `CODE${serial}`,
    active: true,
    redemptions: 0,
    maxRedemptions: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    template: { label: "summer", validationRules: templateRules, channelTypes: [], amount: null, currency: null },
    own: ownRules.length ? { validationRules: ownRules, amount: null, currency: null } : null,
    rule: rule(),
    ...over,
  };
}

function price(coupons: LegacyCouponFacts[], request: Partial<CartRequest> = {}, extra: { offers?: Offer[]; codes?: CodeState[] } = {}) {
  const priced = coupons.map((c) => legacyCouponOffer(c)!);
  const codes = Object.fromEntries([...priced.map((p) => p.state), ...(extra.codes ?? [])].map((s) => [s.code, s]));
  return priceCart(
    prepareOffers([...priced.map((p) => p.offer), ...(extra.offers ?? [])]),
    {
      currency: "EUR",
      couponCodes: coupons.map((c) => c.code),
      items: [
        { productId: "shoe", quantity: 2, price: 40, categories: ["shoes"] },
        { productId: "hat", quantity: 1, price: 20 },
      ],
      shipping: { price: 6 },
      at: "2026-06-01T12:00:00Z",
      ...request,
    },
    { now: "2026-06-01T12:00:00Z", tenantTimeZone: "UTC", storeTimeZones: {}, exclusionList: [], codes },
  );
}

describe("scope → kind", () => {
  it.each([
    ["order", "fixed", {}, { kind: "CartLevelFixed", discount: 5 }, 5, 0],
    ["order", "percentage", {}, { kind: "CartLevelPercentage", discount: 10 }, 10, 0],
    [
      "item",
      "fixed",
      { items: ["shoe"] },
      { kind: "ProductLevelFixed", discount: 5, products: { productIds: ["shoe"], categories: [] } },
      10,
      0,
    ],
    [
      "item",
      "percentage",
      { categories: ["shoes"] },
      { kind: "ProductLevelPercentage", discount: 10, products: { productIds: [], categories: ["shoes"] } },
      8,
      0,
    ],
    ["shipping", "fixed", {}, { kind: "ShippingFixed", discount: 5 }, 0, 5],
    ["shipping", "percentage", { shippingPriceLimit: 1000 }, { kind: "ShippingPercentage", discount: 10, shippingPriceLimit: 10 }, 0, 0.6],
  ] as const)("%s / %s maps to %j", (scope, type, extra, category, itemDiscount, shippingDiscount) => {
    const facts = rule({
      scope,
      type,
      percentage: type === "percentage" ? 10 : null,
      amount: type === "fixed" ? 500 : null,
      ...(extra as Partial<LegacyDiscountFacts>),
    });
    expect(discountRuleCategory(facts)).toEqual(category);
    const cart = price([coupon({ rule: facts })]);
    expect(cart.items.reduce((sum, item) => sum + item.totalDiscount, 0)).toBe(itemDiscount);
    expect(cart.shippingDiscounts.reduce((sum, d) => sum + d.amount, 0)).toBe(shippingDiscount);
    expect(cart.rejectedCouponCodes).toEqual([]);
  });

  it("gives a template's deprecated amount as a fixed amount off the order, in its currency", () => {
    const facts = coupon({ rule: null, template: { label: "t", validationRules: [], channelTypes: [], amount: 250, currency: "EUR" } });
    expect(legacyCouponOffer(facts)!.offer.category).toEqual({ kind: "CartLevelFixed", discount: 2.5 });
    expect(price([facts]).totals.discount).toBe(2.5);
    expect(legacyCouponOffer(coupon({ rule: null }))).toBeNull();
  });

  it("skips a shipping rule when shipping costs more than shipping_price_limit", () => {
    const facts = coupon({ rule: rule({ scope: "shipping", shippingPriceLimit: 500 }) });
    expect(price([facts]).rejectedCouponCodes[0].reason).toBe("no_eligible_items");
    expect(price([facts], { shipping: { price: 5 } }).totals.discount).toBe(5);
  });
});

const from = (valid_from: string): ValidationRule => ({ label: "valid_from", values: { valid_from } });
const to = (valid_to: string): ValidationRule => ({ label: "valid_to", values: { valid_to } });
const consumer = (consumer_id: string): ValidationRule => ({ label: "restricted_to_consumer_id", values: { consumer_id } });
const minimum = (amount: number, currency = "EUR"): ValidationRule => ({
  label: "minimal_order_total_before_discount",
  values: { amount, currency },
});

describe("each rule check → its §4.9 reason", () => {
  it.each([
    ["is_enabled false", coupon({ active: false }), {}, "code_inactive"],
    ["valid_from of the definition", coupon({}, [from("2026-07-01T00:00:00.000Z")]), {}, "not_yet_valid"],
    [
      "valid_from of the coupon (narrowing)",
      coupon({}, [from("2026-01-01T00:00:00Z")], [from("2026-06-02T00:00:00Z")]),
      {},
      "not_yet_valid",
    ],
    ["valid_to of the definition", coupon({}, [to("2026-05-31T23:59:59.000Z")]), {}, "expired"],
    ["valid_to of the coupon (narrowing)", coupon({}, [to("2026-12-31T00:00:00Z")], [to("2026-05-01T00:00:00Z")]), {}, "expired"],
    ["restricted_to_consumer_id, other customer", coupon({}, [consumer("c-1")]), { customerId: "c-2" }, "consumer_not_allowed"],
    ["restricted_to_consumer_id of the coupon, no customer", coupon({}, [], [consumer("c-1")]), {}, "consumer_not_allowed"],
    [
      "channel_types",
      coupon({ template: { label: "t", validationRules: [], channelTypes: ["store"], amount: null, currency: null } }),
      { channelType: "web" },
      "channel_not_allowed",
    ],
    ["the rule's currency", coupon(), { currency: "USD" }, "currency_not_allowed"],
    ["minimum_order_amount", coupon({ rule: rule({ minimumOrderAmount: 10_001 }) }), {}, "minimum_not_reached"],
    ["minimal order total of the coupon", coupon({}, [], [minimum(100.01)]), {}, "minimum_not_reached"],
    ["max_redemptions", coupon({ redemptions: 3, maxRedemptions: 3 }), {}, "redemption_limit_reached"],
  ] as const)("%s → %s", (_name, facts, request, reason) => {
    const cart = price([facts], request as Partial<CartRequest>);
    expect(cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: facts.code, reason })]);
  });

  it.each([
    ["within the dates", coupon({}, [from("2026-01-01T00:00:00Z"), to("2026-12-31T23:59:59Z")])],
    ["the restricted customer", coupon({}, [consumer("c-1")])],
    [
      "an allowed channel",
      coupon({ template: { label: "t", validationRules: [], channelTypes: ["store", "web"], amount: null, currency: null } }),
    ],
    ["the minimum reached exactly", coupon({ rule: rule({ minimumOrderAmount: 5_000 }) }, [], [minimum(100)])],
    ["under its max_redemptions", coupon({ redemptions: 2, maxRedemptions: 3 })],
  ])("applies %s", (_name, facts) => {
    const cart = price([facts], { customerId: "c-1", channelType: "web" });
    expect(cart.rejectedCouponCodes).toEqual([]);
    expect(cart.totals.discount).toBe(5);
  });
});

describe("legacy coupons in the coupon family", () => {
  it("apply item scope before order scope, then higher priority first, then by position", () => {
    const order = coupon({ rule: rule({ type: "percentage", amount: null, percentage: 10, priority: 9 }) });
    const low = coupon({ rule: rule({ type: "percentage", amount: null, percentage: 10, priority: 1 }) });
    const high = coupon({ rule: rule({ type: "percentage", amount: null, percentage: 10, priority: 5 }) });
    const item = coupon({ rule: rule({ scope: "item", items: ["hat"], priority: 0 }) });
    const cart = price([order, low, high, item]);
    expect(cart.items[1].discounts.map((d) => d.id)).toEqual([item.id, order.id, high.id, low.id]);
  });

  it("stack with v1 codes and never are exclusive", () => {
    const v1: Offer = {
      id: "v1",
      source: "coupon",
      name: "v1 five",
      category: { kind: "CartLevelFixed", discount: 5 },
      active: true,
      exclusive: false,
      localizedTimezone: false,
      validFrom: "2026-01-01T00:00:00Z",
      currencies: [],
      stores: [],
      consumers: [],
      channels: [],
      createdAt: "2026-01-01T00:00:00Z",
    };
    const legacy = coupon();
    const cart = price(
      [legacy],
      { couponCodes: ["V1", legacy.code] },
      { offers: [v1], codes: [{ code: "V1", offerId: "v1", active: true, redemptions: 0 }] },
    );
    expect(cart.totals.discount).toBe(10);
    expect(legacyCouponOffer(legacy)!.offer.exclusive).toBe(false);
    expect(cart.trace.filter((t) => t.source === "coupon").map((t) => t.status)).toEqual(["applied", "applied"]);
  });
});
