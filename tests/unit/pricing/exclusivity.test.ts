// Contract §4.8: per family, the single best exclusive offer or all non-exclusive offers together,
// whichever saves more; ties go to the exclusive offer created first.
import { describe, expect, it } from "vitest";
import type { Category, Offer } from "@/lib/pricing";
import { cart, codes, coupon, item, lineAmounts, offer, price, products, traceOf } from "./fixtures";

const pct = (discount: number): Category => ({ kind: "ProductLevelPercentage", discount, products: products("a") });
const fixed = (discount: number): Category => ({ kind: "ProductLevelFixed", discount, products: products("a") });

describe("§4.8 exclusivity among automatic promotions", () => {
  const run = (offers: Offer[]) => price(offers, cart([item("a", 10)]));

  it.each([
    // label, offers, expected applied ids, expected excluded ids
    [
      "the exclusive offer saves more",
      [offer(pct(10), { id: "E", exclusive: true }), offer(pct(5), { id: "N1" }), offer(fixed(0.3), { id: "N2" })],
      ["E"],
      ["N1", "N2"],
    ],
    [
      "the non-exclusive offers together save more",
      [offer(pct(5), { id: "E", exclusive: true }), offer(pct(10), { id: "N1" }), offer(fixed(0.3), { id: "N2" })],
      ["N1", "N2"],
      ["E"],
    ],
    ["a tie goes to the exclusive offer", [offer(pct(10), { id: "E", exclusive: true }), offer(fixed(1), { id: "N1" })], ["E"], ["N1"]],
    [
      "equal exclusive offers: the one created first",
      [
        offer(pct(10), { id: "E-new", exclusive: true, createdAt: "2026-03-01T00:00:00Z" }),
        offer(fixed(1), { id: "E-old", exclusive: true, createdAt: "2026-02-01T00:00:00Z" }),
      ],
      ["E-old"],
      ["E-new"],
    ],
    [
      "only the single best of several exclusive offers",
      [offer(pct(10), { id: "E1", exclusive: true }), offer(pct(20), { id: "E2", exclusive: true })],
      ["E2"],
      ["E1"],
    ],
  ])("%s", (_label, offers, applied, excluded) => {
    const result = run(offers);
    expect(
      result.trace
        .filter((t) => t.status === "applied")
        .map((t) => t.id)
        .sort(),
    ).toEqual([...applied].sort());
    expect(
      result.trace
        .filter((t) => t.reason === "excluded_by_exclusive")
        .map((t) => t.id)
        .sort(),
    ).toEqual([...excluded].sort());
  });

  it("reports an exclusive offer that finds nothing as no_eligible_items, not as excluded", () => {
    // Buy one get one needs two units of a: the exclusive offer matches the line but takes nothing.
    const bogo: Category = {
      kind: "BogoPercentage",
      buy: { quantity: 1, products: products("a") },
      get: { quantity: 1, products: products("a") },
      discount: 100,
    };
    const result = price([offer(bogo, { id: "E", exclusive: true }), offer(pct(5), { id: "N" })], cart([item("a", 10)]));
    expect(traceOf(result, "N").status).toBe("applied");
    expect(traceOf(result, "E")).toMatchObject({ status: "rejected", reason: "no_eligible_items" });
  });

  it("names the winner in the message", () => {
    const result = run([offer(pct(10), { id: "E", name: "VIP 10", exclusive: true }), offer(pct(5), { id: "N", name: "Spring 5" })]);
    expect(traceOf(result, "N").message).toBe(
      'Promotion "Spring 5" was not applied: the exclusive promotion "VIP 10" saves the customer more.',
    );
    const lost = run([offer(pct(5), { id: "E", name: "VIP 5", exclusive: true }), offer(pct(10), { id: "N", name: "Spring 10" })]);
    expect(traceOf(lost, "E").message).toBe(
      'Promotion "VIP 5" is exclusive and was not applied: the other offers together save the customer more.',
    );
  });

  it("counts shipping discounts in the saving", () => {
    const result = price(
      [offer(pct(10), { id: "E", exclusive: true }), offer({ kind: "FreeShipping" }, { id: "ship" })],
      cart([item("a", 10)], { shipping: { price: 5 } }),
    );
    expect(traceOf(result, "ship").status).toBe("applied");
    expect(traceOf(result, "E").reason).toBe("excluded_by_exclusive");
    expect(result.totals).toEqual({ subtotal: 10, discount: 5, shipping: 0, total: 10 });
  });
});

describe("§4.8 exclusivity among coupons", () => {
  const coupons = [
    coupon({ kind: "CartLevelFixed", discount: 5 }, { id: "excl", exclusive: true }),
    coupon({ kind: "CartLevelFixed", discount: 1 }, { id: "small" }),
    coupon({ kind: "CartLevelFixed", discount: 2 }, { id: "medium" }),
  ];
  const couponCodes = codes({ EXCL: "excl", SMALL: "small", MEDIUM: "medium" });

  it("keeps the exclusive coupon and still applies automatic promotions", () => {
    const automatic = offer(pct(10), { id: "auto" });
    const result = price([automatic, ...coupons], cart([item("a", 20)], { couponCodes: ["SMALL", "EXCL", "MEDIUM"] }), {
      codes: couponCodes,
    });
    expect(lineAmounts(result)).toEqual([{ auto: 2, excl: 5 }]);
    expect(result.rejectedCouponCodes.map((r) => [r.code, r.reason])).toEqual([
      ["SMALL", "excluded_by_exclusive"],
      ["MEDIUM", "excluded_by_exclusive"],
    ]);
    expect(result.rejectedCouponCodes[0].message).toBe('Code SMALL was not applied: the exclusive coupon "excl" saves the customer more.');
  });

  it("keeps the non-exclusive coupons when together they save more", () => {
    const more = [...coupons, coupon({ kind: "CartLevelFixed", discount: 3 }, { id: "large" })];
    const result = price(more, cart([item("a", 20)], { couponCodes: ["SMALL", "EXCL", "MEDIUM", "LARGE"] }), {
      codes: { ...couponCodes, ...codes({ LARGE: "large" }) },
    });
    expect(result.totals.discount).toBe(6);
    expect(result.rejectedCouponCodes.map((r) => [r.code, r.reason])).toEqual([["EXCL", "excluded_by_exclusive"]]);
  });

  it("does not let an exclusive automatic promotion block coupons", () => {
    const result = price([offer(pct(10), { id: "auto", exclusive: true }), coupons[1]], cart([item("a", 20)], { couponCodes: ["SMALL"] }), {
      codes: couponCodes,
    });
    expect(lineAmounts(result)).toEqual([{ auto: 2, small: 1 }]);
  });
});
