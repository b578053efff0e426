// Contract §4.2 (global exclusion list) and §4.3 (application order).
import { describe, expect, it } from "vitest";
import { cart, codes, coupon, item, lineAmounts, offer, price, products, traceOf } from "./fixtures";

describe("§4.2 global exclusion list", () => {
  it("never discounts an excluded product, whatever the kind", () => {
    const offers = [
      offer({ kind: "ProductLevelPercentage", discount: 50, products: products("a", "b") }, { id: "product" }),
      offer({ kind: "CartLevelPercentage", discount: 10 }, { id: "cart" }),
    ];
    const result = price(offers, cart([item("a", 100), item("b", 50)]), { exclusionList: ["a"] });
    expect(result.items[0].discounts).toEqual([]);
    expect(result.items[0].finalPrice).toBe(100);
    // The cart-level amount is computed on the discountable lines only: 10 % of 25.00.
    expect(lineAmounts(result)).toEqual([{}, { product: 25, cart: 2.5 }]);
  });

  it("rejects a coupon whose only eligible product is excluded", () => {
    const save = coupon({ kind: "ProductLevelFixed", discount: 5, products: products("a") }, { id: "save" });
    const result = price([save], cart([item("a", 20)], { couponCodes: ["SAVE"] }), {
      exclusionList: ["a"],
      codes: codes({ SAVE: "save" }),
    });
    expect(result.rejectedCouponCodes).toEqual([
      { code: "SAVE", reason: "no_eligible_items", message: "Nothing left in the cart qualifies for code SAVE." },
    ]);
  });

  it("still counts excluded lines in the subtotal compared with minimumCartValue", () => {
    const promo = offer({ kind: "CartLevelFixed", discount: 5 }, { id: "min", currencies: [{ code: "USD", minimumCartValue: 120 }] });
    const result = price([promo], cart([item("a", 100), item("b", 50)]), { exclusionList: ["a"] });
    expect(traceOf(result, "min").status).toBe("applied");
    expect(lineAmounts(result)).toEqual([{}, { min: 5 }]);
  });
});

describe("§4.3 application order", () => {
  // Created in the reverse of the expected order, so creation time alone cannot explain the result.
  const created = (day: number) => `2026-01-${String(day).padStart(2, "0")}T00:00:00Z`;
  const offers = [
    offer(
      { kind: "BogoFixed", buy: { quantity: 1, products: products("a") }, get: { quantity: 1, products: products("a") }, discount: 1 },
      { id: "bogoFixed", createdAt: created(1) },
    ),
    offer(
      {
        kind: "BogoPercentage",
        buy: { quantity: 1, products: products("a") },
        get: { quantity: 1, products: products("a") },
        discount: 50,
      },
      { id: "bogoPct", createdAt: created(2) },
    ),
    offer({ kind: "CartLevelPercentage", discount: 10 }, { id: "cartWhole", createdAt: created(3) }),
    offer({ kind: "CartLevelFixed", discount: 2, products: products("a") }, { id: "cartFiltered", createdAt: created(4) }),
    offer({ kind: "ProductLevelFixed", discount: 1, products: products("a") }, { id: "productFixed", createdAt: created(5) }),
    offer({ kind: "ProductLevelPercentage", discount: 10, products: products("a") }, { id: "productPct", createdAt: created(6) }),
    offer(
      {
        kind: "BundlePercentage",
        items: [
          { products: products("a"), quantity: 1 },
          { products: products("b"), quantity: 1 },
        ],
        discount: 5,
      },
      { id: "bundleSmall", createdAt: created(7) },
    ),
    offer(
      {
        kind: "BundlePercentage",
        items: [
          { products: products("a"), quantity: 1 },
          { products: products("b"), quantity: 1 },
        ],
        discount: 20,
      },
      { id: "bundleLarge", createdAt: created(8) },
    ),
    offer({ kind: "FreeShipping" }, { id: "freeShipping", createdAt: created(9) }),
  ];
  const result = price(offers, cart([item("a", 10, 4), item("b", 20)], { shipping: { method: "standard", price: 5 } }));

  it("considers bundles, product-level (% then fixed), cart-level (filtered then whole), BXGY (% then fixed), free shipping", () => {
    expect(result.trace.map((t) => t.id)).toEqual([
      "bundleLarge",
      "bundleSmall",
      "productPct",
      "productFixed",
      "cartFiltered",
      "cartWhole",
      "bogoPct",
      "bogoFixed",
      "freeShipping",
    ]);
  });

  it("compounds in that order, recording discounts[] in the order applied", () => {
    expect(result.items[0].discounts.map((d) => [d.id, d.amount])).toEqual([
      ["bundleLarge", 2], // 20 % of one unit (10.00), spread with b: 2.00 / 4.00
      ["productPct", 3.8], // 10 % of 38.00
      ["productFixed", 4], // 1.00 × 4 units
      ["cartFiltered", 2],
      ["cartWhole", 2.82], // 10 % of 44.20 spread 28.20 : 16.00
      ["bogoPct", 3.18], // 50 % of one unit worth 25.38 / 4 = 6.345 -> 6.35
    ]);
    expect(result.items[1].discounts.map((d) => [d.id, d.amount])).toEqual([
      ["bundleLarge", 4],
      ["cartWhole", 1.6],
    ]);
    expect(result.shippingDiscounts.map((d) => [d.id, d.amount])).toEqual([["freeShipping", 5]]);
    expect(result.totals).toEqual({ subtotal: 60, discount: 28.4, shipping: 0, total: 36.6 });
  });

  it("reports why the others took nothing", () => {
    // bundleSmall: b is already in bundleLarge; bogoFixed: only one free unit of a is left.
    expect(traceOf(result, "bundleSmall")).toMatchObject({ status: "rejected", reason: "no_eligible_items" });
    expect(traceOf(result, "bogoFixed")).toMatchObject({ status: "rejected", reason: "no_eligible_items" });
  });

  it("applies larger bundles and BXGY first, and older ones first on equal discounts", () => {
    const bundle = (id: string, discount: number, day: number) =>
      offer(
        { kind: "BundleFixed", items: [{ products: products("a"), quantity: 1 }], discount, maxApplications: 1 },
        { id, createdAt: created(day) },
      );
    const bogo = (id: string, discount: number, day: number) =>
      offer(
        {
          kind: "BogoPercentage",
          buy: { quantity: 1, products: products("b") },
          get: { quantity: 1, products: products("b") },
          discount,
          maxApplications: 1,
        },
        { id, createdAt: created(day) },
      );
    const ordered = price(
      [bundle("b-small", 1, 1), bundle("b-new", 3, 3), bundle("b-old", 3, 2), bogo("x-small", 10, 1), bogo("x-large", 50, 2)],
      cart([item("a", 10, 3), item("b", 10, 4)]),
    );
    expect(ordered.trace.map((t) => t.id)).toEqual(["b-old", "b-new", "b-small", "x-large", "x-small"]);
    expect(lineAmounts(ordered)).toEqual([
      { "b-old": 3, "b-new": 3, "b-small": 1 },
      { "x-large": 5, "x-small": 0.88 },
    ]);
  });

  // A cart usually meets a handful of automatic offers; the engine orders a few dozen differently
  // from many (insertion sort vs Array.prototype.sort), and both must give the same order.
  it.each([5, 60])("orders %i automatic offers on one line: percentage before fixed, then oldest first", (count) => {
    const minute = (k: number) => new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString();
    // Listed newest first, so neither the list position nor the id order explains the result.
    const many = Array.from({ length: count }, (_, i) => {
      const age = count - i;
      const category =
        i % 2 === 0
          ? { kind: "ProductLevelFixed" as const, discount: 0.01, products: products("a") }
          : { kind: "ProductLevelPercentage" as const, discount: 1, products: products("a") };
      return offer(category, { id: `o-${String(i).padStart(2, "0")}`, createdAt: minute(age) });
    });
    const result = price(many, cart([item("a", 1000)]));
    const oldestFirst = (kind: string) =>
      many
        .filter((o) => o.category.kind === kind)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((o) => o.id);
    expect(result.trace.map((t) => t.id)).toEqual([...oldestFirst("ProductLevelPercentage"), ...oldestFirst("ProductLevelFixed")]);
  });

  it("applies automatic promotions before coupons, coupons by kind and then by position in couponCodes", () => {
    const automatic = offer({ kind: "CartLevelFixed", discount: 1 }, { id: "auto" });
    const coupons = [
      coupon({ kind: "CartLevelFixed", discount: 2 }, { id: "c-cart" }),
      coupon({ kind: "ProductLevelPercentage", discount: 10, products: products("a") }, { id: "c-first" }),
      coupon({ kind: "ProductLevelPercentage", discount: 50, products: products("a") }, { id: "c-second" }),
    ];
    const result = price([automatic, ...coupons], cart([item("a", 21)], { couponCodes: ["CART", "FIRST", "SECOND"] }), {
      codes: codes({ CART: "c-cart", FIRST: "c-first", SECOND: "c-second" }),
    });
    expect(result.items[0].discounts.map((d) => [d.id, d.couponCode, d.amount])).toEqual([
      ["auto", undefined, 1],
      ["c-first", "FIRST", 2], // 10 % of 20.00
      ["c-second", "SECOND", 9], // 50 % of 18.00
      ["c-cart", "CART", 2],
    ]);
    expect(result.items[0].finalPrice).toBe(7);
  });
});
