// Contract §4.4 (compounding, nothing below zero), §4.5 (product- and cart-level), §2 maxQuantity,
// free shipping, and the per-currency fixed amount.
import { describe, expect, it } from "vitest";
import { cart, codes, coupon, item, lineAmounts, offer, price, products, traceOf } from "./fixtures";

describe("§4.4 compounding and caps at zero", () => {
  it("applies each discount to what the previous ones left", () => {
    const offers = [
      offer({ kind: "ProductLevelPercentage", discount: 50, products: products("a") }, { id: "first", createdAt: "2026-01-01T00:00:00Z" }),
      offer({ kind: "ProductLevelPercentage", discount: 50, products: products("a") }, { id: "second", createdAt: "2026-01-02T00:00:00Z" }),
    ];
    const result = price(offers, cart([item("a", 10)]));
    expect(lineAmounts(result)).toEqual([{ first: 5, second: 2.5 }]);
    expect(result.items[0].finalPrice).toBe(2.5);
  });

  it.each([
    ["a per-unit fixed amount", { kind: "ProductLevelFixed", discount: 15, products: products("a") } as const, 10],
    ["a cart-level fixed amount", { kind: "CartLevelFixed", discount: 100 } as const, 10],
    ["a 100 % product-level percentage", { kind: "ProductLevelPercentage", discount: 100, products: products("a") } as const, 10],
  ])("caps %s at what is left of the line", (_label, category, expected) => {
    const result = price([offer(category, { id: "big" })], cart([item("a", 10)]));
    expect(result.items[0].totalDiscount).toBe(expected);
    expect(result.items[0].finalPrice).toBe(0);
    expect(result.totals.total).toBe(0);
  });

  it("rejects a later offer when nothing is left to discount", () => {
    const offers = [
      offer({ kind: "ProductLevelFixed", discount: 50, products: products("a") }, { id: "all" }),
      offer({ kind: "CartLevelFixed", discount: 5 }, { id: "late" }),
    ];
    const result = price(offers, cart([item("a", 10)]));
    expect(traceOf(result, "late")).toMatchObject({ status: "rejected", reason: "no_eligible_items", amount: 0 });
  });

  it("spreads a later cart-level amount over the lines that still have value", () => {
    const offers = [
      offer({ kind: "ProductLevelFixed", discount: 50, products: products("a") }, { id: "all" }),
      offer({ kind: "CartLevelFixed", discount: 5 }, { id: "late" }),
    ];
    const result = price(offers, cart([item("a", 10), item("b", 20)]));
    expect(lineAmounts(result)).toEqual([{ all: 10 }, { late: 5 }]);
  });

  it("never takes shipping below zero", () => {
    const offers = [offer({ kind: "FreeShipping" }, { id: "ship1" }), offer({ kind: "FreeShipping" }, { id: "ship2" })];
    const result = price(offers, cart([item("a", 10)], { shipping: { price: 4.95 } }));
    expect(result.shippingDiscounts.map((d) => [d.id, d.amount])).toEqual([["ship1", 4.95]]);
    expect(traceOf(result, "ship2").reason).toBe("no_eligible_items");
    expect(result.totals).toEqual({ subtotal: 10, discount: 4.95, shipping: 0, total: 10 });
  });
});

describe("§4.5 product-level", () => {
  it("takes a fixed amount per unit", () => {
    const result = price([offer({ kind: "ProductLevelFixed", discount: 2, products: products("a") })], cart([item("a", 5, 3)]));
    expect(result.items[0].totalDiscount).toBe(6);
    expect(result.items[0].finalPrice).toBe(9);
  });

  it("matches by product id, category or attribute, and an empty filter matches nothing", () => {
    const offers = [
      offer({ kind: "ProductLevelFixed", discount: 1, products: { categories: ["shoes"] } }, { id: "byCategory" }),
      offer(
        { kind: "ProductLevelFixed", discount: 2, products: { attributes: [{ key: "brand", values: ["acme", "zeta"] }] } },
        { id: "byAttribute" },
      ),
      offer({ kind: "ProductLevelFixed", discount: 3, products: {} }, { id: "empty" }),
    ];
    const result = price(
      offers,
      cart([
        item("a", 10, 1, { categories: ["shoes", "sale"] }),
        item("b", 10, 1, { attributes: { brand: "zeta", color: "red" } }),
        item("c", 10, 1, { categories: ["hats"], attributes: { brand: "other" } }),
      ]),
    );
    expect(lineAmounts(result)).toEqual([{ byCategory: 1 }, { byAttribute: 2 }, {}]);
    expect(result.trace.map((t) => t.id)).not.toContain("empty");
  });

  it("matches coupons the same way", () => {
    const offers = [
      coupon({ kind: "ProductLevelFixed", discount: 1, products: { productIds: ["c"], categories: ["shoes"] } }, { id: "byIdOrCategory" }),
      coupon(
        { kind: "ProductLevelFixed", discount: 2, products: { attributes: [{ key: "brand", values: ["zeta"] }] } },
        { id: "byAttribute" },
      ),
      coupon(
        { kind: "ProductLevelFixed", discount: 3, products: { attributes: [{ key: "constructor", values: ["x"] }] } },
        { id: "inherited" },
      ),
    ];
    const result = price(
      offers,
      cart(
        [
          item("a", 10, 1, { categories: ["shoes", "sale"], attributes: { brand: "acme" } }),
          item("b", 10, 1, { attributes: { brand: "zeta" } }),
          item("c", 10, 1),
        ],
        { couponCodes: ["ONE", "TWO", "THREE"] },
      ),
      { codes: codes({ ONE: "byIdOrCategory", TWO: "byAttribute", THREE: "inherited" }) },
    );
    expect(lineAmounts(result)).toEqual([{ byIdOrCategory: 1 }, { byAttribute: 2 }, { byIdOrCategory: 1 }]);
    expect(result.rejectedCouponCodes.map((r) => [r.code, r.reason])).toEqual([["THREE", "no_eligible_items"]]);
  });

  it.each([
    // kind, discount, maxQuantity, quantity × unit price, expected
    ["ProductLevelPercentage", 50, 2, 5, 10, 10], // 50 % of min(50.00, 2 × 10.00)
    ["ProductLevelPercentage", 50, 9, 5, 10, 25], // maxQuantity above the quantity: the whole line
    ["ProductLevelFixed", 3, 2, 5, 10, 6], // 3.00 × 2 counted units
    ["ProductLevelFixed", 8, 2, 5, 5, 10], // 8.00 × 2 capped at 2 × 5.00
    ["ProductLevelFixed", 3, 4, 2, 10, 6], // only 2 units in the line
  ] as const)("%s %d with maxQuantity %d on %d × %d takes %d", (kind, discount, maxQuantity, quantity, unitPrice, expected) => {
    const result = price([offer({ kind, discount, maxQuantity, products: products("a") })], cart([item("a", unitPrice, quantity)]));
    expect(result.items[0].totalDiscount).toBe(expected);
  });

  it("caps a maxQuantity base at what earlier discounts left", () => {
    const offers = [
      offer({ kind: "ProductLevelPercentage", discount: 75, products: products("a") }, { id: "first", createdAt: "2026-01-01T00:00:00Z" }),
      offer({ kind: "ProductLevelFixed", discount: 8, maxQuantity: 2, products: products("a") }, { id: "capped" }),
    ];
    const result = price(offers, cart([item("a", 5, 2)]));
    // 10.00 - 7.50 leaves 2.50, below 2 × 5.00 and below 2 × 8.00.
    expect(lineAmounts(result)).toEqual([{ first: 7.5, capped: 2.5 }]);
  });
});

describe("§4.5 cart-level", () => {
  it("spreads by largest remainder, ties to the earlier line, and sums exactly", () => {
    const result = price([offer({ kind: "CartLevelFixed", discount: 10 })], cart([item("a", 10), item("b", 10), item("c", 10)]));
    expect(result.items.map((l) => l.totalDiscount)).toEqual([3.34, 3.33, 3.33]);
    expect(result.totals.discount).toBe(10);
  });

  it("gives the leftover unit to the largest remainder", () => {
    const result = price([offer({ kind: "CartLevelFixed", discount: 0.1 })], cart([item("a", 0.33), item("b", 0.33), item("c", 0.34)]));
    expect(result.items.map((l) => l.totalDiscount)).toEqual([0.03, 0.03, 0.04]);
  });

  it("spreads in proportion to what is left of each line", () => {
    const result = price([offer({ kind: "CartLevelPercentage", discount: 10 })], cart([item("a", 20, 2), item("b", 10)]));
    expect(result.items.map((l) => l.totalDiscount)).toEqual([4, 1]);
  });

  it("applies offers with a products filter before whole-cart ones, on the matching lines only", () => {
    const offers = [
      offer({ kind: "CartLevelFixed", discount: 10 }, { id: "whole", createdAt: "2026-01-01T00:00:00Z" }),
      offer({ kind: "CartLevelPercentage", discount: 10, products: products("a") }, { id: "filtered", createdAt: "2026-02-01T00:00:00Z" }),
    ];
    const result = price(offers, cart([item("a", 50), item("b", 50)]));
    // filtered: 5.00 on a; whole: 10.00 over 45.00 : 50.00 -> 4.74 / 5.26.
    expect(lineAmounts(result)).toEqual([{ filtered: 5, whole: 4.74 }, { whole: 5.26 }]);
  });

  it("treats a products filter without criteria as the whole cart", () => {
    const result = price([offer({ kind: "CartLevelFixed", discount: 3, products: {} })], cart([item("a", 10), item("b", 20)]));
    expect(result.items.map((l) => l.totalDiscount)).toEqual([1, 2]);
  });

  it("uses the per-currency amount of a fixed discount when present", () => {
    const promo = offer(
      { kind: "CartLevelFixed", discount: 5 },
      { currencies: [{ code: "USD" }, { code: "EUR", amount: 4 }, { code: "JPY", amount: 600 }] },
    );
    expect(price([promo], cart([item("a", 50)], { currency: "USD" })).totals.discount).toBe(5);
    expect(price([promo], cart([item("a", 50)], { currency: "EUR" })).totals.discount).toBe(4);
    expect(price([promo], cart([item("a", 5000)], { currency: "JPY" })).totals.discount).toBe(600);
  });
});

describe("free shipping", () => {
  const ship = (shippingOptions?: string[]) => offer({ kind: "FreeShipping", shippingOptions }, { id: "ship" });

  it.each([
    [undefined, "express", 7.5],
    [["standard"], "standard", 7.5],
    [["standard", "pickup"], "pickup", 7.5],
  ])("options %j waive %s shipping", (options, method, expected) => {
    const result = price([ship(options)], cart([item("a", 10)], { shipping: { method, price: 7.5 } }));
    expect(result.shippingDiscounts).toEqual([
      { source: "automatic", id: "ship", name: "ship", kind: "FreeShipping", exclusive: false, amount: expected },
    ]);
    expect(result.totals).toEqual({ subtotal: 10, discount: 7.5, shipping: 0, total: 10 });
  });

  it.each([
    ["a method it does not list", ["standard"], { method: "express", price: 7.5 }],
    ["no method", ["standard"], { price: 7.5 }],
    ["free shipping already", undefined, { method: "standard", price: 0 }],
    ["no shipping at all", undefined, undefined],
  ])("does not apply with %s", (_label, options, shipping) => {
    const result = price([ship(options)], cart([item("a", 10)], { shipping }));
    expect(result.shippingDiscounts).toEqual([]);
    expect(traceOf(result, "ship")).toMatchObject({ status: "rejected", reason: "no_eligible_items" });
    expect(result.totals.shipping).toBe(shipping?.price ?? 0);
  });
});
