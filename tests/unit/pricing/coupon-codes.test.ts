// Contract §4.7 (currencies, minimum) and §4.9: every code ends applied or rejected with the first
// failing check, in the contract's order; an invalid code never fails the request.
import { describe, expect, it } from "vitest";
import { evaluateCodes, prepareOffers, priceCart, type CartRequest, type CodeState, type Offer } from "@/lib/pricing";
import { withCoupons } from "@/lib/pricing/with-coupons";
import { cart, codes, context, coupon, item, offer, price, products, traceOf } from "./fixtures";

const base = coupon({ kind: "CartLevelFixed", discount: 5 }, { id: "save", name: "Save 5" });
const request = (extra: Partial<CartRequest> = {}) =>
  cart([item("a", 60)], {
    couponCodes: ["SAVE"],
    storeId: "s1",
    customerId: "c1",
    channelType: "web",
    customerSegments: [{ key: "tier", value: "gold" }],
    ...extra,
  });
const reject = (offerOverrides: Partial<Offer>, code: Partial<CodeState> = {}, extra: Partial<CartRequest> = {}) => {
  const result = price([{ ...base, ...offerOverrides }], request(extra), { codes: codes({ SAVE: { offerId: "save", ...code } }) });
  return result.rejectedCouponCodes[0];
};

describe("§4.9 each rejection reason", () => {
  it.each([
    ["not_found (unknown code)", () => price([base], request(), {}).rejectedCouponCodes[0], "Code SAVE does not exist."],
    ["not_found (code of a missing coupon)", () => reject({}, { offerId: "gone" }), "Code SAVE does not exist."],
    ["code_inactive", () => reject({}, { active: false }), "Code SAVE has been deactivated."],
    ["inactive", () => reject({ active: false }), 'Coupon "Save 5" of code SAVE is disabled.'],
    ["not_yet_valid", () => reject({ validFrom: "2026-12-01T09:00:00Z" }), "Code SAVE starts on 2026-12-01 09:00 UTC."],
    ["expired", () => reject({ validTo: "2026-06-01T00:00:00+02:00" }), "Code SAVE ended on 2026-05-31 22:00 UTC."],
    ["store_not_allowed", () => reject({ stores: ["s2"] }), "Code SAVE is not valid in store s1."],
    [
      "store_not_allowed (no store)",
      () => reject({ stores: ["s2"] }, {}, { storeId: undefined }),
      "Code SAVE is only valid in selected stores, and the cart names no store.",
    ],
    ["consumer_not_allowed", () => reject({ consumers: ["c2"] }), "Code SAVE is reserved for other customers."],
    ["channel_not_allowed", () => reject({ channels: ["store"] }), "Code SAVE is not valid on the web channel."],
    [
      "segment_not_matched",
      () => reject({ segment: { key: "tier", value: "platinum", schema: 1 } }),
      "Code SAVE is only for customers in segment tier = platinum.",
    ],
    ["currency_not_allowed", () => reject({ currencies: [{ code: "EUR" }] }), "Code SAVE does not accept carts in USD."],
    [
      "minimum_not_reached",
      () => reject({ currencies: [{ code: "USD", minimumCartValue: 60.01 }] }),
      "Cart total 60.00 USD is below the minimum 60.01 USD for code SAVE.",
    ],
    [
      "redemption_limit_reached (code)",
      () => reject({}, { redemptions: 1, maxRedemptions: 1 }),
      "Code SAVE has reached its redemption limit.",
    ],
    [
      "redemption_limit_reached (coupon)",
      () => reject({ maxRedemptions: 100, redemptions: 100 }),
      "Code SAVE has reached its redemption limit.",
    ],
    [
      "no_eligible_items",
      () => reject({ category: { kind: "ProductLevelFixed", discount: 1, products: products("other") } }),
      "Nothing left in the cart qualifies for code SAVE.",
    ],
  ])("%s", (label, run, message) => {
    const rejected = run();
    expect(rejected).toEqual({ code: "SAVE", reason: label.split(" ")[0], message });
  });

  it("applies the code when every check passes", () => {
    const result = price([base], request(), { codes: codes({ SAVE: "save" }) });
    expect(result.rejectedCouponCodes).toEqual([]);
    expect(result.totals.discount).toBe(5);
    expect(traceOf(result, "save")).toEqual({
      source: "coupon",
      id: "save",
      name: "Save 5",
      kind: "CartLevelFixed",
      status: "applied",
      amount: 5,
      couponCode: "SAVE",
    });
  });

  it("accepts a cart total exactly at the minimum (compared before any discount)", () => {
    const automatic = offer({ kind: "ProductLevelPercentage", discount: 50, products: products("a") });
    const result = price([automatic, { ...base, currencies: [{ code: "USD", minimumCartValue: 60 }] }], request(), {
      codes: codes({ SAVE: "save" }),
    });
    expect(result.rejectedCouponCodes).toEqual([]);
    expect(result.totals.discount).toBe(35);
  });

  it("accepts any currency when currencies is empty", () => {
    const result = price([base], request({ currency: "JPY", items: [item("a", 6000)] }), { codes: codes({ SAVE: "save" }) });
    expect(result.totals.discount).toBe(5);
  });

  it("applies the same checks to automatic promotions (without the code checks)", () => {
    const automatic = offer(
      { kind: "ProductLevelFixed", discount: 1, products: products("a") },
      { id: "auto", currencies: [{ code: "EUR" }] },
    );
    expect(traceOf(price([automatic], request()), "auto")).toMatchObject({ status: "rejected", reason: "currency_not_allowed", amount: 0 });
  });
});

describe("§4.9 order of the checks when several fail", () => {
  // Start with every check failing, then mend them one by one: each step must report the next reason.
  const steps: [string, Partial<Offer>, Partial<CodeState>][] = [
    ["code_inactive", {}, { active: false }],
    ["inactive", { active: false }, {}],
    ["not_yet_valid", { validFrom: "2027-01-01T00:00:00Z" }, {}],
    ["expired", { validTo: "2026-02-01T00:00:00Z" }, {}],
    ["store_not_allowed", { stores: ["elsewhere"] }, {}],
    ["consumer_not_allowed", { consumers: ["someone-else"] }, {}],
    ["channel_not_allowed", { channels: ["pos"] }, {}],
    ["segment_not_matched", { segment: { key: "tier", value: "silver" } }, {}],
    ["currency_not_allowed", { currencies: [{ code: "EUR" }] }, {}],
    ["minimum_not_reached", { currencies: [{ code: "USD", minimumCartValue: 1000 }] }, {}],
    ["redemption_limit_reached", {}, { redemptions: 3, maxRedemptions: 3 }],
    ["no_eligible_items", { category: { kind: "ProductLevelPercentage", discount: 10, products: products("none") } }, {}],
  ];

  it.each(steps.map((_, i) => [steps[i][0], i] as const))("reports %s while it and every later check fail", (expected, from) => {
    // Earlier steps win when two set the same field (currencies), so step `from` is really broken.
    const failing = steps.slice(from).reverse();
    const offerOverrides = Object.assign({}, ...failing.map(([, o]) => o)) as Partial<Offer>;
    const codeOverrides = Object.assign({}, ...failing.map(([, , c]) => c)) as Partial<CodeState>;
    expect(reject(offerOverrides, codeOverrides).reason).toBe(expected);
  });

  it("reports not_found before anything else", () => {
    const result = price([{ ...base, active: false }], request({ couponCodes: ["NOPE"] }), {
      codes: codes({ SAVE: { offerId: "save", active: false } }),
    });
    expect(result.rejectedCouponCodes.map((r) => r.reason)).toEqual(["not_found"]);
  });
});

describe("§4.9 duplicates and the whole list", () => {
  const second = coupon({ kind: "CartLevelFixed", discount: 2 }, { id: "two" });

  it("rejects the same code given again as duplicate_code", () => {
    const result = price([base], request({ couponCodes: ["SAVE", "SAVE"] }), { codes: codes({ SAVE: "save" }) });
    expect(result.totals.discount).toBe(5);
    expect(result.rejectedCouponCodes).toEqual([
      { code: "SAVE", reason: "duplicate_code", message: "Code SAVE was entered more than once; it counts once." },
    ]);
  });

  it("rejects a second code of a coupon already used as duplicate_code", () => {
    const result = price([base], request({ couponCodes: ["SAVE", "SAVE-B"] }), { codes: codes({ SAVE: "save", "SAVE-B": "save" }) });
    expect(result.totals.discount).toBe(5);
    expect(result.rejectedCouponCodes).toEqual([
      {
        code: "SAVE-B",
        reason: "duplicate_code",
        message: "Code SAVE-B is for the same coupon as code SAVE, which is already used in this cart.",
      },
    ]);
  });

  it("lets a later code of a coupon stand in when the earlier one fails its own checks", () => {
    const result = price([base], request({ couponCodes: ["SAVE", "SAVE-B"] }), {
      codes: codes({ SAVE: { offerId: "save", active: false }, "SAVE-B": "save" }),
    });
    expect(result.rejectedCouponCodes.map((r) => [r.code, r.reason])).toEqual([["SAVE", "code_inactive"]]);
    expect(result.items[0].discounts.map((d) => d.couponCode)).toEqual(["SAVE-B"]);
  });

  it("gives a repeated code the earlier reason when that comes first in §4.9", () => {
    const result = price(
      [{ ...base, category: { kind: "ProductLevelFixed", discount: 1, products: products("x") } }],
      request({ couponCodes: ["SAVE", "SAVE"] }),
      { codes: codes({ SAVE: "save" }) },
    );
    expect(result.rejectedCouponCodes.map((r) => r.reason)).toEqual(["no_eligible_items", "no_eligible_items"]);
  });

  it("accounts for every requested code, in order, and never fails the request", () => {
    const result = price([base, second], request({ couponCodes: ["TWO", "", "SAVE", "nope", "SAVE"] }), {
      codes: codes({ SAVE: "save", TWO: "two" }),
    });
    expect(result.trace.filter((t) => t.source === "coupon").map((t) => [t.couponCode, t.status, t.reason])).toEqual([
      ["TWO", "applied", undefined],
      ["", "rejected", "not_found"],
      ["SAVE", "applied", undefined],
      ["nope", "rejected", "not_found"],
      ["SAVE", "rejected", "duplicate_code"],
    ]);
    expect(result.totals.discount).toBe(7);
  });

  it("evaluateCodes gives the same verdicts for a redemption re-check", () => {
    const req = request({ couponCodes: ["SAVE", "TWO", "NOPE"] });
    const ctx = context({ codes: codes({ SAVE: "save", TWO: { offerId: "two", redemptions: 1, maxRedemptions: 1 } }) });
    expect(evaluateCodes(prepareOffers([base, second]), req, ctx)).toEqual([
      { code: "SAVE", status: "applied", offerId: "save", amount: 5 },
      {
        code: "TWO",
        status: "rejected",
        offerId: "two",
        reason: "redemption_limit_reached",
        message: "Code TWO has reached its redemption limit.",
      },
      { code: "NOPE", status: "rejected", reason: "not_found", message: "Code NOPE does not exist." },
    ]);
  });

  it("ignores a code whose name collides with an Object prototype member", () => {
    const result = price([base], request({ couponCodes: ["constructor", "__proto__"] }));
    expect(result.rejectedCouponCodes.map((r) => r.reason)).toEqual(["not_found", "not_found"]);
  });
});

describe("coupons added per cart with withCoupons", () => {
  it("price exactly as when prepared with the automatic offers", () => {
    const automatic = [offer({ kind: "ProductLevelPercentage", discount: 10, products: { categories: ["shoes"] } }, { id: "auto" })];
    const coupons = [
      coupon({ kind: "ProductLevelFixed", discount: 2, products: { attributes: [{ key: "brand", values: ["acme"] }] } }, { id: "brand" }),
      coupon({ kind: "CartLevelPercentage", discount: 5, products: products("b") }, { id: "filtered" }),
    ];
    const req = cart([item("a", 30, 1, { categories: ["shoes"], attributes: { brand: "acme" } }), item("b", 20)], {
      couponCodes: ["BRAND", "FILTERED"],
    });
    const ctx = context({ codes: codes({ BRAND: "brand", FILTERED: "filtered" }) });
    const together = priceCart(prepareOffers([...automatic, ...coupons]), req, ctx);
    const added = priceCart(withCoupons(prepareOffers(automatic), coupons), req, ctx);
    expect(added).toEqual(together);
    expect(together.items.map((l) => l.totalDiscount)).toEqual([5, 1]); // 3.00 + 2.00 on a; 5 % of 20.00 on b
  });
});
