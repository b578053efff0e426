// withOffers: the live offer set with chosen drafts in place of (or beside) their live offers.
import { describe, expect, it } from "vitest";
import { prepareOffers, priceCart, withOffers } from "@/lib/pricing";
import { cart, codes, context, coupon, item, offer, products } from "@/tests/unit/pricing/fixtures";

const shoes = offer({ kind: "ProductLevelPercentage", discount: 10, products: products("SHOE") }, { id: "shoes" });
const hats = offer({ kind: "ProductLevelPercentage", discount: 50, products: products("HAT") }, { id: "hats" });
const fiver = coupon({ kind: "CartLevelFixed", discount: 5 }, { id: "fiver" });
const request = cart([item("SHOE", 100), item("HAT", 20)], { couponCodes: ["FIVE"] });
const ctx = context({ codes: codes({ FIVE: "fiver" }) });
const live = prepareOffers([shoes, hats, fiver]);
const discountOf = (set: ReturnType<typeof prepareOffers>) => priceCart(set, request, ctx).totals.discount;

describe("withOffers", () => {
  it.each([
    ["nothing chosen: the live set itself", [], 25],
    [
      "a promotion draft replaces its live promotion",
      [{ ...shoes, category: { ...shoes.category, discount: 20 } as typeof shoes.category }],
      35,
    ],
    ["a disabled promotion draft", [{ ...hats, active: false }], 15],
    ["a coupon draft replaces its live coupon", [{ ...fiver, category: { kind: "CartLevelFixed", discount: 7 } as const }], 27],
    ["a new promotion draft is added", [offer({ kind: "CartLevelFixed", discount: 1 }, { id: "new" })], 26],
  ] as const)("%s", (_label, drafts, expected) => {
    expect(discountOf(withOffers(live, drafts))).toBe(expected);
  });

  it("leaves the live set as it was", () => {
    withOffers(live, [{ ...shoes, active: false }]);
    expect(discountOf(live)).toBe(25);
  });

  it("keeps a replaced promotion's place in the tie-breaks", () => {
    const a = offer({ kind: "CartLevelPercentage", discount: 10 }, { id: "a", exclusive: true, createdAt: "2026-01-01T00:00:00Z" });
    const b = offer({ kind: "CartLevelPercentage", discount: 10 }, { id: "b", exclusive: true, createdAt: "2026-01-01T00:00:00Z" });
    const set = prepareOffers([a, b]);
    const applied = (s: ReturnType<typeof prepareOffers>) =>
      priceCart(s, cart([item("X", 100)]), context()).items[0].discounts.map((d) => d.id);
    expect(applied(set)).toEqual(["a"]);
    expect(applied(withOffers(set, [{ ...a, name: "renamed" }]))).toEqual(["a"]);
  });
});
