// The scenario diff: every changed line discount, total and rejection, in plain words.
import { describe, expect, it } from "vitest";
import { prepareOffers, priceCart } from "@/lib/pricing";
import { expectationOf } from "@/lib/scenarios/expectation";
import { diffResults } from "@/lib/scenarios/scenario-diff";
import type { Expectation } from "@/lib/scenarios/schemas";
import { cart, codes, context, coupon, item, offer, products } from "@/tests/unit/pricing/fixtures";

const base: Expectation = {
  currency: "EUR",
  lines: [
    {
      productId: "SHOE",
      quantity: 1,
      discounts: [{ source: "automatic", id: "p1", name: "Shoes -10%", amount: 10 }],
      totalDiscount: 10,
      finalPrice: 90,
    },
    { productId: "HAT", quantity: 2, discounts: [], totalDiscount: 0, finalPrice: 40 },
  ],
  shippingDiscounts: [],
  totals: { subtotal: 140, discount: 10, shipping: 0, total: 130 },
  rejectedCouponCodes: [{ code: "OLD", reason: "expired" }],
};

const change = (edit: (e: Expectation) => void): Expectation => {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
};

describe("diffResults", () => {
  it("finds nothing in two equal results", () => {
    expect(diffResults(base, structuredClone(base))).toEqual([]);
  });

  it.each([
    [
      "a discount that no longer applies",
      change((e) => {
        e.lines[0].discounts = [];
        e.lines[0].totalDiscount = 0;
        e.lines[0].finalPrice = 100;
      }),
      ["Line 1 (SHOE): “Shoes -10%” no longer applies (was 10.00 EUR)"],
    ],
    [
      "a discount that now applies, with its code",
      change((e) => (e.lines[1].discounts = [{ source: "coupon", id: "c1", name: "Hats", couponCode: "HAT5", amount: 5 }])),
      ["Line 2 (HAT): “Hats” (code HAT5) now applies: 5.00 EUR"],
    ],
    ["a changed amount", change((e) => (e.lines[0].discounts[0].amount = 20)), ["Line 1 (SHOE): “Shoes -10%” 10.00 EUR → 20.00 EUR"]],
    [
      "a shipping discount",
      change((e) => (e.shippingDiscounts = [{ source: "automatic", id: "s", name: "Free shipping", amount: 4.95 }])),
      ["Shipping: “Free shipping” now applies: 4.95 EUR"],
    ],
    [
      "totals",
      change((e) => {
        e.totals.discount = 0;
        e.totals.total = 140;
      }),
      ["Discount: 10.00 EUR → 0.00 EUR", "Total: 130.00 EUR → 140.00 EUR"],
    ],
    [
      "a code newly rejected",
      change((e) => e.rejectedCouponCodes.push({ code: "NEW", reason: "minimum_not_reached" })),
      ["Code NEW is now rejected: minimum not reached"],
    ],
    ["a code no longer rejected", change((e) => (e.rejectedCouponCodes = [])), ["Code OLD is no longer rejected (was expired)"]],
    [
      "a code rejected for another reason",
      change((e) => (e.rejectedCouponCodes = [{ code: "OLD", reason: "code_inactive" }])),
      ["Code OLD is rejected for another reason: expired → code inactive"],
    ],
  ])("words %s", (_label, after, messages) => {
    expect(diffResults(base, after).map((d) => d.message)).toEqual(messages);
  });

  it("gives each difference its kind, line and values", () => {
    const after = change((e) => (e.lines[0].discounts[0].amount = 20));
    expect(diffResults(base, after)).toEqual([
      expect.objectContaining({ kind: "line_discount", line: 1, productId: "SHOE", offerId: "p1", before: 10, after: 20 }),
    ]);
  });

  it("formats amounts in the currency's minor units", () => {
    const yen = { ...structuredClone(base), currency: "JPY" };
    const after = { ...structuredClone(yen), totals: { ...yen.totals, total: 1200 } };
    expect(diffResults(yen, after).map((d) => d.message)).toEqual(["Total: 130 JPY → 1200 JPY"]);
  });
});

describe("expectationOf and diffResults on engine results", () => {
  it("reports what a change to an offer does to a cart", () => {
    const shoes = offer({ kind: "ProductLevelPercentage", discount: 10, products: products("SHOE") }, { id: "shoes", name: "Shoes -10%" });
    const ten = coupon(
      { kind: "CartLevelFixed", discount: 10 },
      { id: "ten", name: "Ten off", currencies: [{ code: "USD", minimumCartValue: 50 }] },
    );
    const request = cart([item("SHOE", 40)], { couponCodes: ["TEN"] });
    const ctx = context({ codes: codes({ TEN: "ten" }) });
    const before = expectationOf(priceCart(prepareOffers([shoes, ten]), request, ctx));
    const after = expectationOf(priceCart(prepareOffers([{ ...shoes, active: false }, ten]), request, ctx));
    expect(before.rejectedCouponCodes).toEqual([{ code: "TEN", reason: "minimum_not_reached" }]);
    expect(diffResults(before, after).map((d) => d.message)).toEqual([
      "Line 1 (SHOE): “Shoes -10%” no longer applies (was 4.00 USD)",
      "Discount: 4.00 USD → 0.00 USD",
      "Total: 36.00 USD → 40.00 USD",
    ]);
  });
});
