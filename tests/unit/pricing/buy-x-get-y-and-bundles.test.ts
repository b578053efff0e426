// Contract §4.6: buy-X-get-Y (cheapest get units, no overlap, repetition, maxApplications) and
// bundles (repetition per complete bundle, dearest units fill a bundle).
import { describe, expect, it } from "vitest";
import type { Category, ProductFilter } from "@/lib/pricing";
import { cart, item, lineAmounts, offer, price, products, traceOf } from "./fixtures";

const bogo = (
  buy: [number, ProductFilter],
  get: [number, ProductFilter],
  discount: number,
  extra: Partial<Extract<Category, { kind: "BogoPercentage" }>> = {},
): Category => ({
  kind: "BogoPercentage",
  buy: { quantity: buy[0], products: buy[1] },
  get: { quantity: get[0], products: get[1] },
  discount,
  ...extra,
});

describe("§4.6 buy-X-get-Y", () => {
  it("makes the cheapest units the get units and repeats as often as the cart allows", () => {
    const filter = products("shirt", "sock");
    const result = price([offer(bogo([2, filter], [1, filter], 100), { id: "b2g1" })], cart([item("shirt", 10, 3), item("sock", 4, 3)]));
    // 6 units -> 2 applications -> the 2 cheapest units (socks) are free.
    expect(result.items[1].discounts).toEqual([
      { source: "automatic", id: "b2g1", name: "b2g1", kind: "BogoPercentage", exclusive: false, amount: 8, quantity: 2 },
    ]);
    expect(result.items[0].discounts).toEqual([]);
  });

  it("stops at maxApplications", () => {
    const filter = products("shirt", "sock");
    const result = price(
      [offer(bogo([2, filter], [1, filter], 100, { maxApplications: 1 }), { id: "b2g1" })],
      cart([item("shirt", 10, 3), item("sock", 4, 3)]),
    );
    expect(lineAmounts(result)).toEqual([{}, { b2g1: 4 }]);
    expect(result.items[1].discounts[0].quantity).toBe(1);
  });

  it.each([
    [1, 0, "no_eligible_items"], // one unit cannot be both the buy and the get unit
    [2, 5, undefined], // buy one, get the other at 50 %
    [3, 5, undefined], // still one application: a second needs a fourth unit
    [4, 10, undefined],
  ])("never lets buy and get units overlap: %i units take %d", (quantity, expected, reason) => {
    const filter = products("a");
    const result = price([offer(bogo([1, filter], [1, filter], 50), { id: "bogo" })], cart([item("a", 10, quantity)]));
    expect(result.totals.discount).toBe(expected);
    expect(traceOf(result, "bogo").reason).toBe(reason);
  });

  it("picks the cheapest eligible get units when buy and get filters differ", () => {
    const result = price(
      [offer(bogo([1, products("a")], [1, products("b1", "b2")], 50), { id: "bogo" })],
      cart([item("a", 20), item("b1", 5), item("b2", 3)]),
    );
    expect(lineAmounts(result)).toEqual([{}, {}, { bogo: 1.5 }]);
  });

  it("keeps enough units that match both sides for the buy side", () => {
    // buy 2 of {a, b}, get 1 of {b}: a (1 unit) + b (2 units) allow one application; b pays for itself once.
    const result = price(
      [offer(bogo([2, products("a", "b")], [1, products("b")], 100), { id: "bogo" })],
      cart([item("a", 1), item("b", 5, 2)]),
    );
    expect(lineAmounts(result)).toEqual([{}, { bogo: 5 }]);
    expect(result.items[1].discounts[0].quantity).toBe(1);
  });

  it("takes a BogoFixed amount off each get unit, capped at the unit's value", () => {
    const filter = products("a");
    const fixed = (discount: number): Category => ({
      kind: "BogoFixed",
      buy: { quantity: 1, products: filter },
      get: { quantity: 1, products: filter },
      discount,
    });
    expect(price([offer(fixed(1))], cart([item("a", 1.5, 4)])).totals.discount).toBe(2); // 2 get units × 1.00
    expect(price([offer(fixed(2))], cart([item("a", 1.5, 2)])).totals.discount).toBe(1.5); // capped at 1.50
  });

  it("does not reuse units another deal already used", () => {
    const offers = [
      offer(
        {
          kind: "BundleFixed",
          items: [
            { products: products("x"), quantity: 1 },
            { products: products("y"), quantity: 1 },
          ],
          discount: 1,
        },
        { id: "bundle" },
      ),
      offer(bogo([1, products("x")], [1, products("x")], 100), { id: "bogo" }),
    ];
    const result = price(offers, cart([item("x", 10, 2), item("y", 10)]));
    expect(traceOf(result, "bundle").status).toBe("applied");
    expect(traceOf(result, "bogo")).toMatchObject({ status: "rejected", reason: "no_eligible_items" });
  });
});

describe("§4.6 bundles", () => {
  const items = [
    { products: products("x"), quantity: 1 },
    { products: products("y"), quantity: 1 },
  ];

  it("repeats per complete bundle (percentage on the bundled units)", () => {
    const result = price(
      [offer({ kind: "BundlePercentage", items, discount: 10 }, { id: "bundle" })],
      cart([item("x", 10, 3), item("y", 20, 2)]),
    );
    // 2 complete bundles: 2 × (10.00 + 20.00) = 60.00 -> 6.00, spread 20.00 : 40.00.
    expect(result.items.map((l) => l.discounts.map((d) => [d.amount, d.quantity]))).toEqual([[[2, 2]], [[4, 2]]]);
  });

  it("takes a fixed amount once per complete bundle, spread by largest remainder", () => {
    const result = price(
      [offer({ kind: "BundleFixed", items, discount: 5 }, { id: "bundle" })],
      cart([item("x", 10, 3), item("y", 20, 2)]),
    );
    expect(lineAmounts(result)).toEqual([{ bundle: 3.33 }, { bundle: 6.67 }]);
    expect(result.totals.discount).toBe(10);
  });

  it("stops at maxApplications", () => {
    const result = price(
      [offer({ kind: "BundleFixed", items, discount: 5, maxApplications: 1 }, { id: "bundle" })],
      cart([item("x", 10, 3), item("y", 20, 2)]),
    );
    expect(lineAmounts(result)).toEqual([{ bundle: 1.67 }, { bundle: 3.33 }]);
  });

  it("caps a fixed bundle amount at the bundled units' value", () => {
    const result = price([offer({ kind: "BundleFixed", items, discount: 50 })], cart([item("x", 10), item("y", 20)]));
    expect(result.totals.discount).toBe(30);
    expect(result.items.map((l) => l.finalPrice)).toEqual([0, 0]);
  });

  it("needs every item of the bundle, with its quantity", () => {
    const twoX = [
      { products: products("x"), quantity: 2 },
      { products: products("y"), quantity: 1 },
    ];
    const result = price(
      [offer({ kind: "BundlePercentage", items: twoX, discount: 10 }, { id: "bundle" })],
      cart([item("x", 10), item("y", 20, 5)]),
    );
    expect(result.totals.discount).toBe(0);
    expect(traceOf(result, "bundle")).toMatchObject({ status: "rejected", reason: "no_eligible_items" });
  });

  it("fills a bundle item with the dearest eligible units first", () => {
    const shirts = [{ products: { categories: ["shirt"] }, quantity: 1 }];
    const result = price(
      [offer({ kind: "BundlePercentage", items: shirts, discount: 50, maxApplications: 1 }, { id: "bundle" })],
      cart([item("s1", 10, 1, { categories: ["shirt"] }), item("s2", 30, 1, { categories: ["shirt"] })]),
    );
    expect(lineAmounts(result)).toEqual([{}, { bundle: 15 }]);
  });
});
