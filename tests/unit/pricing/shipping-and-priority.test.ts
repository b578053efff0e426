// Shipping discounts (legacy v0 shipping-scope rules, contract §6) and priority ordering among coupons of
// the same kind (reference §11.1: higher priority first, then position in couponCodes).
import { describe, expect, it } from "vitest";
import type { Category } from "@/lib/pricing";
import { cart, codes, coupon, item, offer, price, traceOf } from "./fixtures";

const shippingCart = (shipping: number, extra = {}) => cart([item("a", 50)], { shipping: { price: shipping }, ...extra });

describe("shipping discounts", () => {
  it.each([
    // [category, shipping price, shipping discount taken, reason]
    [{ kind: "ShippingPercentage", discount: 50 }, 9.99, 5, undefined], // half-up: 4.995 → 5.00
    [{ kind: "ShippingFixed", discount: 3 }, 9.99, 3, undefined],
    [{ kind: "ShippingFixed", discount: 30 }, 9.99, 9.99, undefined], // capped at the shipping price
    [{ kind: "ShippingPercentage", discount: 100, shippingPriceLimit: 10 }, 10, 10, undefined], // the limit itself qualifies
    [{ kind: "ShippingPercentage", discount: 100, shippingPriceLimit: 10 }, 10.01, 0, "no_eligible_items"],
    [{ kind: "ShippingFixed", discount: 2, shippingPriceLimit: 0 }, 0, 0, "no_eligible_items"], // nothing to discount
    [{ kind: "ShippingFixed", discount: 2 }, 0, 0, "no_eligible_items"],
  ] as [Category, number, number, string | undefined][])("%j on shipping %d takes %d", (category, shipping, taken, reason) => {
    const result = price([coupon(category, { id: "ship" })], shippingCart(shipping, { couponCodes: ["S"] }), {
      codes: codes({ S: "ship" }),
    });
    expect(result.totals.discount).toBe(taken);
    expect(result.totals.shipping).toBe(Math.round((shipping - taken) * 100) / 100);
    expect(result.items[0].discounts).toEqual([]);
    expect(traceOf(result, "ship").reason).toBe(reason);
    if (taken > 0) expect(result.shippingDiscounts).toEqual([expect.objectContaining({ id: "ship", kind: category.kind, amount: taken })]);
  });

  it("says why a shipping discount did not apply when shipping costs more than its limit", () => {
    const result = price(
      [coupon({ kind: "ShippingFixed", discount: 2, shippingPriceLimit: 5 }, { id: "ship" })],
      shippingCart(7.5, { couponCodes: ["S"], currency: "EUR" }),
      { codes: codes({ S: "ship" }) },
    );
    expect(result.rejectedCouponCodes[0].message).toBe("Shipping costs 7.50 EUR, above the 5.00 EUR that code S applies up to.");
  });

  it("applies before free shipping, on what earlier shipping discounts left, and compounds", () => {
    const result = price(
      [
        coupon({ kind: "FreeShipping" }, { id: "free" }),
        coupon({ kind: "ShippingFixed", discount: 2 }, { id: "fixed" }),
        coupon({ kind: "ShippingPercentage", discount: 50 }, { id: "pct" }),
      ],
      shippingCart(10, { couponCodes: ["F", "X", "P"] }),
      { codes: codes({ F: "free", X: "fixed", P: "pct" }) },
    );
    // Percentage (5 of 10) before fixed (2 of the 5 left), then free shipping waives the last 3.
    expect(result.shippingDiscounts.map((d) => [d.id, d.amount])).toEqual([
      ["pct", 5],
      ["fixed", 2],
      ["free", 3],
    ]);
    expect(result.totals.shipping).toBe(0);
  });

  it("apply as automatic promotions too, through the whole-cart index", () => {
    const result = price([offer({ kind: "ShippingFixed", discount: 1 }, { id: "auto" })], shippingCart(4));
    expect(result.shippingDiscounts).toEqual([expect.objectContaining({ id: "auto", source: "automatic", amount: 1 })]);
  });
});

describe("priority among coupons of the same kind", () => {
  const cartLevel = (discount: number): Category => ({ kind: "CartLevelPercentage", discount });

  it.each([
    // [priorities of codes A, B, C in couponCodes order, expected application order]
    [
      [0, 0, 0],
      ["A", "B", "C"],
    ], // equal: position in couponCodes
    [
      [1, 5, 3],
      ["B", "C", "A"],
    ], // higher first
    [
      [2, 2, 9],
      ["C", "A", "B"],
    ],
  ])("priorities %j apply as %j", (priorities, order) => {
    const offers = ["A", "B", "C"].map((code, i) => coupon(cartLevel(10), { id: code, priority: priorities[i] }));
    const result = price(offers, cart([item("a", 100)], { couponCodes: ["A", "B", "C"] }), { codes: codes({ A: "A", B: "B", C: "C" }) });
    expect(result.items[0].discounts.map((d) => d.id)).toEqual(order);
  });

  it("never moves an offer across kinds: product-level before cart-level whatever the priority", () => {
    const offers = [
      coupon(cartLevel(10), { id: "order", priority: 100 }),
      coupon({ kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["a"] } }, { id: "item", priority: 0 }),
    ];
    const result = price(offers, cart([item("a", 100)], { couponCodes: ["O", "I"] }), { codes: codes({ O: "order", I: "item" }) });
    expect(result.items[0].discounts.map((d) => d.id)).toEqual(["item", "order"]);
  });
});
