// The analyzer over a seeded set of known conflicts (each kind and reason at least once), over a clean
// set (no findings), and each counter-example priced again by lib/pricing to show its problem.
import { describe, expect, it } from "vitest";
import { analyzeConflicts, newFindings } from "@/lib/conflicts/analyze-conflicts";
import type { AnalysisInput, Finding } from "@/lib/conflicts/types";
import { prepareOffers, priceCart, type CodeState, type DiscountedCart } from "@/lib/pricing";
import { usageIn } from "@/lib/conflicts/used-up-limit";
import { cartPct, input, NOW, offer, pct } from "./fixtures";

/** Prices a counter-example exactly as the simulator would: every analyzed offer, the known codes. */
function reprice(data: AnalysisInput, finding: Finding): DiscountedCart {
  const codes: Record<string, CodeState> = {};
  for (const o of data.offers) {
    if (o.codes?.usable) codes[o.codes.usable.code] = o.codes.usable;
    if (o.codes?.inactive) codes[o.codes.inactive.code] = o.codes.inactive;
  }
  const storeTimeZones = Object.fromEntries(data.stores.map((s) => [s.id, s.timeZone]));
  return priceCart(prepareOffers(data.offers.map((o) => o.offer)), finding.cart, {
    now: data.now,
    tenantTimeZone: data.tenantTimeZone,
    storeTimeZones,
    exclusionList: data.exclusionList,
    codes,
    usage: usageIn(data.offers, finding.cart.currency),
  });
}

const statusOf = (cart: DiscountedCart, id: string) => {
  const entry = cart.trace.find((t) => t.id === id);
  return entry ? (entry.status === "applied" ? "applied" : entry.reason) : "absent";
};

const SEEDED = input([
  // overlap: two non-exclusive promotions on shirts
  offer("shirts-10", pct(10, ["shirts"])),
  offer("shirts-5", pct(5, ["shirts"])),
  // exclusive collision: an exclusive shoe promotion against a non-exclusive one that saves more
  offer("shoes-excl-5", pct(5, ["shoes"]), { exclusive: true }),
  offer("shoes-20", pct(20, ["shoes"])),
  // dead: every product excluded
  offer("gifts-15", pct(15, ["gifts"])),
  // dead: a minimum no cart reaches (the dearest hat at 100,000 units × 1,000 lines is 2 billion EUR)
  offer("hats-min", pct(10, ["hats"]), { currencies: [{ code: "EUR", minimumCartValue: 5_000_000_000 }] }),
  // dead: shadowed by an exclusive offer that covers it and always saves more
  offer("socks-excl-30", pct(30, ["socks"]), { exclusive: true }),
  offer("socks-10", pct(10, ["socks"])),
  // dead: enabled but expired
  offer("old-sale", pct(10, ["hats"]), { validTo: "2026-06-30T23:59:59Z" }),
  // dead: a coupon with no active codes
  offer(
    "no-codes",
    cartPct(5),
    { source: "coupon" },
    { codes: { activeCount: 0, inactive: { code: "OFF-CODE", offerId: "no-codes", active: false, redemptions: 0, maxRedemptions: null } } },
  ),
  // dead: a used-up limit
  offer("used-up", pct(10, ["hats"]), { limits: { redemptions: 100 } }, { usage: { windowKey: "", uses: 100, spentMinor: {} } }),
  // stacking: two coupons on hats that together take 70 % of a hat
  offer("hat-coupon-40", pct(40, ["hats"]), { source: "coupon" }),
  offer("hat-coupon-50", pct(50, ["hats"]), { source: "coupon" }),
]);

describe("conflict analyzer: a seeded set of known conflicts", () => {
  const findings = analyzeConflicts(SEEDED);
  const find = (kind: string, reason: string | null, ids: string[]) =>
    findings.find((f) => f.kind === kind && f.reason === reason && ids.every((id) => f.offerIds.includes(id)));

  it.each([
    { kind: "overlap", reason: null, ids: ["shirts-10", "shirts-5"] },
    { kind: "exclusive_collision", reason: null, ids: ["shoes-excl-5", "shoes-20"] },
    { kind: "dead_offer", reason: "all_products_excluded", ids: ["gifts-15"] },
    { kind: "dead_offer", reason: "minimum_unreachable", ids: ["hats-min"] },
    { kind: "dead_offer", reason: "shadowed", ids: ["socks-10", "socks-excl-30"] },
    { kind: "dead_offer", reason: "expired", ids: ["old-sale"] },
    { kind: "dead_offer", reason: "no_active_codes", ids: ["no-codes"] },
    { kind: "dead_offer", reason: "limit_used_up", ids: ["used-up"] },
    { kind: "stacking", reason: null, ids: ["hat-coupon-40", "hat-coupon-50"] },
  ])("finds $kind $reason for $ids", ({ kind, reason, ids }) => {
    expect(find(kind, reason, ids)).toBeDefined();
  });

  it("names the §4.8 winner of an exclusive collision: the non-exclusive 20 % saves more than the exclusive 5 %", () => {
    expect(find("exclusive_collision", null, ["shoes-excl-5", "shoes-20"])?.winnerId).toBe("shoes-20");
  });

  it("gives the worst stacking share of the hat coupons exactly: 40 % then 50 % of the rest is 70 %", () => {
    const stacking = find("stacking", null, ["hat-coupon-40"]);
    expect(stacking?.sharePercent).toBe(70);
    expect(stacking?.id).toBe("stacking:EUR");
  });

  it("reports nothing else: the exact list of finding ids, sorted by kind then id", () => {
    expect(findings.map((f) => f.id)).toEqual([
      "stacking:EUR",
      "exclusive_collision:shoes-20:shoes-excl-5",
      "dead_offer:all_products_excluded:gifts-15",
      "dead_offer:expired:old-sale",
      "dead_offer:limit_used_up:used-up",
      "dead_offer:minimum_unreachable:hats-min",
      "dead_offer:no_active_codes:no-codes",
      "dead_offer:shadowed:socks-10:socks-excl-30",
      "overlap:hat-coupon-40:hat-coupon-50",
      "overlap:shirts-10:shirts-5",
    ]);
  });

  it("is deterministic: the same input in another order gives the same findings", () => {
    const shuffled = { ...SEEDED, offers: [...SEEDED.offers].reverse(), products: [...SEEDED.products].reverse() };
    expect(analyzeConflicts(shuffled)).toEqual(findings);
  });
});

describe("each counter-example reproduces its problem through lib/pricing", () => {
  const findings = analyzeConflicts(SEEDED);
  it.each(findings.map((f) => ({ id: f.id, finding: f })))("$id", ({ finding }) => {
    const cart = reprice(SEEDED, finding);
    const [first, second] = finding.offerIds;
    switch (finding.kind) {
      case "overlap":
        expect([statusOf(cart, first), statusOf(cart, second)]).toEqual(["applied", "applied"]);
        break;
      case "exclusive_collision": {
        const loser = finding.offerIds.find((id) => id !== finding.winnerId)!;
        expect([statusOf(cart, finding.winnerId!), statusOf(cart, loser)]).toEqual(["applied", "excluded_by_exclusive"]);
        break;
      }
      case "stacking":
        expect(Math.round((cart.totals.discount / cart.totals.subtotal) * 10_000) / 100).toBe(finding.sharePercent);
        expect(finding.sharePercent!).toBeGreaterThan(50);
        break;
      case "dead_offer": {
        const expected = {
          all_products_excluded: "no_eligible_items",
          minimum_unreachable: "minimum_not_reached",
          shadowed: "excluded_by_exclusive",
          expired: "expired",
          no_active_codes: "code_inactive",
          limit_used_up: "redemption_limit_reached",
        }[finding.reason!];
        // An automatic promotion whose products are all excluded is not even a candidate: it is absent from the trace.
        const automatic = SEEDED.offers.find((o) => o.offer.id === first)!.offer.source === "automatic";
        expect(statusOf(cart, first)).toBe(finding.reason === "all_products_excluded" && automatic ? "absent" : expected);
        if (finding.reason === "shadowed") expect(statusOf(cart, second)).toBe("applied");
        break;
      }
    }
  });
});

describe("a clean set", () => {
  it("yields no finding: offers on different products, no exclusivity, reachable minimums, live codes", () => {
    const clean = input([
      offer("shirts-10", pct(10, ["shirts"])),
      offer("shoes-15", pct(15, ["shoes"]), { currencies: [{ code: "EUR", minimumCartValue: 100 }] }),
      offer("hat-coupon", pct(20, ["hats"]), { source: "coupon" }),
      offer("later", pct(10, ["socks"]), { validFrom: "2027-01-01T00:00:00Z" }),
      offer("off", pct(10, ["socks"]), { active: false }),
    ]);
    expect(analyzeConflicts(clean)).toEqual([]);
  });
});

describe("what a change brings", () => {
  it("lists only the findings the changed set has and the original does not", () => {
    const before = analyzeConflicts(input([offer("shirts-10", pct(10, ["shirts"]))]));
    const after = analyzeConflicts(
      input([offer("shirts-10", pct(10, ["shirts"])), offer("shirts-draft", pct(30, ["shirts"]), {}, { draft: true })]),
    );
    expect(newFindings(before, after).map((f) => f.id)).toEqual(["overlap:shirts-10:shirts-draft"]);
  });
});

it("uses the moment given, never the clock", () => {
  expect(NOW).toBe("2026-12-02T10:00:00.000Z");
});
