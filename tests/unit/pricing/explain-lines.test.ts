// The simulator's per-line "why not discounted": one row per situation, the reason each offer gives.
import { describe, expect, it } from "vitest";
import { explainLines } from "@/lib/pricing/explain-lines";
import { prepareOffers, priceCart, type CartRequest, type Offer, type PricingContext } from "@/lib/pricing";
import { cart, codes, context, coupon, item, offer, products } from "./fixtures";

function explain(offers: Offer[], request: CartRequest, ctx: Partial<PricingContext> = {}) {
  const prepared = prepareOffers(offers);
  const full = context(ctx);
  return explainLines(prepared, request, full, priceCart(prepared, request, full));
}

/** line index -> "offerId:reason" for each note. */
function reasons(offers: Offer[], request: CartRequest, ctx: Partial<PricingContext> = {}): string[][] {
  return explain(offers, request, ctx).map((line) => line.notes.map((n) => `${n.offerId || "line"}:${n.reason}`));
}

const shoes = offer({ kind: "ProductLevelPercentage", discount: 10, products: { categories: ["shoes"] } }, { id: "shoes" });
const berlinOnly = offer({ kind: "ProductLevelPercentage", discount: 10, products: products("a") }, { id: "berlin", stores: ["berlin"] });
const bigSpender = offer({ kind: "CartLevelFixed", discount: 5 }, { id: "min", currencies: [{ code: "USD", minimumCartValue: 500 }] });
const later = offer(
  { kind: "ProductLevelFixed", discount: 1, products: products("a") },
  { id: "later", validFrom: "2027-01-01T00:00:00Z" },
);
const oneUnit = offer({ kind: "ProductLevelFixed", discount: 1, products: products("a", "b"), maxQuantity: 1 }, { id: "max1" });
const bogo = offer(
  { kind: "BogoPercentage", buy: { quantity: 1, products: products("a") }, get: { quantity: 1, products: products("a") }, discount: 100 },
  { id: "bogo" },
);

describe("explainLines", () => {
  it.each<[string, Offer[], CartRequest, Partial<PricingContext>, string[][]]>([
    [
      "a product on the exclusion list",
      [shoes],
      cart([item("a", 10, 1, { categories: ["shoes"] })]),
      { exclusionList: ["a"] },
      [["line:excluded"]],
    ],
    [
      "a product the filter does not name",
      [shoes],
      cart([item("a", 10, 1, { categories: ["socks"] })]),
      {},
      [["shoes:filter_not_matched"]],
    ],
    [
      "a promotion for another store (not in the trace)",
      [berlinOnly],
      cart([item("a", 10)], { storeId: "paris" }),
      {},
      [["berlin:store_not_allowed"]],
    ],
    ["a promotion that has not started", [later], cart([item("a", 10)]), {}, [["later:not_yet_valid"]]],
    ["a cart below the minimum", [bigSpender], cart([item("a", 10)]), {}, [["min:minimum_not_reached"]]],
    ["a discounted line has no notes", [shoes], cart([item("a", 10, 1, { categories: ["shoes"] })]), {}, [[]]],
    [
      "the buy unit of buy-one-get-one (the cheaper unit is free)",
      [bogo],
      cart([item("a", 10, 1), item("a", 5, 1)]),
      {},
      [["bogo:applied_elsewhere"], []],
    ],
    ["a zero price", [shoes], cart([item("a", 0, 1, { categories: ["shoes"] })]), {}, [["line:no_price"]]],
  ])("%s", (_name, offers, request, ctx, expected) => {
    expect(reasons(offers, request, ctx)).toEqual(expected);
  });

  it("names every promotion a line skipped, not only the ones in the trace", () => {
    const result = explain([shoes, berlinOnly, oneUnit], cart([item("c", 10, 1, { categories: ["socks"] })]));
    expect(result[0].notes.map((n) => [n.offerId, n.reason])).toEqual([
      ["shoes", "filter_not_matched"],
      ["berlin", "filter_not_matched"],
      ["max1", "filter_not_matched"],
    ]);
    expect(result[0].notes[0].message).toBe('Promotion "shoes" is for categories shoes: this product is not one of them.');
  });

  it("explains a coupon named by the cart", () => {
    const save = coupon({ kind: "ProductLevelFixed", discount: 5, products: products("b") }, { id: "save" });
    const result = explain([save], cart([item("a", 20), item("b", 20)], { couponCodes: ["SAVE"] }), { codes: codes({ SAVE: "save" }) });
    expect(result[0].notes).toEqual([
      {
        offerId: "save",
        name: "save",
        source: "coupon",
        couponCode: "SAVE",
        reason: "filter_not_matched",
        message: "Coupon SAVE is for products b: this product is not one of them.",
      },
    ]);
    expect(result[1].discounted).toBe(true);
  });
});
