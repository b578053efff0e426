// The "used-up limit" dead offer reads the offer's contract §7 `limits` against the usage counters of the
// current window: redemptions reached, or the budget spent in every currency the offer accepts. The
// counter-example, priced with that usage, gets the engine's own reason.
import { describe, expect, it } from "vitest";
import { analyzeConflicts } from "@/lib/conflicts/analyze-conflicts";
import { usageIn } from "@/lib/conflicts/used-up-limit";
import type { AnalysisInput, Finding } from "@/lib/conflicts/types";
import { prepareOffers, priceCart } from "@/lib/pricing";
import { input, offer, pct, product } from "./fixtures";

const deadOnes = (data: AnalysisInput) => analyzeConflicts(data).filter((f) => f.kind === "dead_offer" && f.reason === "limit_used_up");

function reasonOn(data: AnalysisInput, finding: Finding): string {
  const priced = priceCart(prepareOffers(data.offers.map((o) => o.offer)), finding.cart, {
    now: data.now,
    tenantTimeZone: data.tenantTimeZone,
    storeTimeZones: {},
    exclusionList: data.exclusionList,
    codes: {},
    usage: usageIn(data.offers, finding.cart.currency),
  });
  const entry = priced.trace.find((t) => t.id === finding.offerIds[0]);
  return entry?.status === "rejected" ? String(entry.reason) : (entry?.status ?? "absent");
}

describe("used-up limits from `limits` and the usage counters", () => {
  it("finds redemptions used up for the offer's lifetime, and prices the counter-example to redemption_limit_reached", () => {
    const data = input([
      offer("hats", pct(10, ["hats"]), { limits: { redemptions: 3 } }, { usage: { windowKey: "", uses: 3, spentMinor: {} } }),
    ]);
    const [finding] = deadOnes(data);
    expect(finding.id).toBe("dead_offer:limit_used_up:hats");
    expect(finding.message).toBe("“hats” has been redeemed 3 times of its limit of 3: it applies to no further cart.");
    expect(reasonOn(data, finding)).toBe("redemption_limit_reached");
  });

  it("says a windowed limit is used up for the current window only", () => {
    const data = input([
      offer(
        "hats",
        pct(10, ["hats"]),
        { limits: { redemptions: 5, window: "day" } },
        { usage: { windowKey: "2026-12-02", uses: 5, spentMinor: {} } },
      ),
    ]);
    const [finding] = deadOnes(data);
    expect(finding.message).toBe(
      "“hats” has been redeemed 5 times of its limit of 5 in the current day (which started on 2026-12-02): no cart gets it until the next day starts, when the limit restarts.",
    );
  });

  it("finds a spent budget, the counter-example in its currency priced to budget_exhausted", () => {
    const data = input([
      offer(
        "hats",
        pct(10, ["hats"]),
        { limits: { budget: [{ currency: "EUR", amount: 100 }], window: "month" } },
        { usage: { windowKey: "2026-12-01", uses: 40, spentMinor: { EUR: 10_000 } } },
      ),
    ]);
    const [finding] = deadOnes(data);
    expect(finding.cart.currency).toBe("EUR");
    expect(finding.message).toContain(
      "has given 100.00 EUR of its budget of 100.00 EUR in the current month (which started on 2026-12-01)",
    );
    expect(reasonOn(data, finding)).toBe("budget_exhausted");
  });

  it("leaves an offer alone while a limit has room: uses below the cap, or budget left in another accepted currency", () => {
    const catalog = [product("hat-1", 20, ["hats"])].map((p) => ({ ...p, prices: { EUR: 2000, USD: 2200 } }));
    const data = input(
      [
        offer("room", pct(10, ["hats"]), { limits: { redemptions: 5 } }, { usage: { windowKey: "", uses: 4, spentMinor: {} } }),
        offer(
          "usd-left",
          pct(10, ["hats"]),
          {
            currencies: [{ code: "EUR" }, { code: "USD" }],
            limits: {
              budget: [
                { currency: "EUR", amount: 10 },
                { currency: "USD", amount: 10 },
              ],
            },
          },
          { usage: { windowKey: "", uses: 9, spentMinor: { EUR: 1000, USD: 400 } } },
        ),
      ],
      { products: catalog },
    );
    expect(deadOnes(data)).toEqual([]);
  });
});
