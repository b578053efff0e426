// The scenario suite on the database (contract §8): batch pricing gives each cart exactly what
// POST /api/v1/promotions/cart gives it, outcomes follow every change to the live offers, re-pinning
// accepts a new result, and a run against a draft reports the difference without changing anything live.
import { describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { addCodes } from "@/lib/codes/add-codes";
import { db } from "@/lib/db/client";
import { archiveOffer } from "@/lib/offers/archive-offer";
import { createOffer } from "@/lib/offers/create-offer";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { updateOffer } from "@/lib/offers/update-offer";
import { expectationOf } from "@/lib/scenarios/expectation";
import { getScenarioOrThrow, repinScenario } from "@/lib/scenarios/manage-scenarios";
import { runScenarios } from "@/lib/scenarios/run-scenarios";
import { priceRequests } from "@/lib/scenarios/run-suite";
import { createScenario } from "@/lib/scenarios/save-scenario";
import { saveDraft } from "@/lib/versions/save-draft";
import { makeTenant } from "@/tests/factories/tenant";

const promotion = (overrides: Record<string, unknown> = {}) =>
  PromotionInput.parse({
    name: "Shoes -10%",
    active: true,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "ProductLevelPercentage", discount: 10, products: { categories: ["shoes"] } },
    currencies: [{ code: "EUR" }],
    ...overrides,
  });
const coupon = CouponInput.parse({
  name: "Gold 5",
  active: true,
  localizedTimezone: true,
  validFrom: "2026-12-01T09:00:00",
  category: { kind: "CartLevelFixed", discount: 5 },
  currencies: [{ code: "EUR" }],
  segment: { key: "tier", value: "gold" },
});
const cart = (extra: Record<string, unknown> = {}) => ({
  currency: "EUR",
  items: [
    { productId: "SHOE", quantity: 2, price: 50, categories: ["shoes"] },
    { productId: "HAT", quantity: 1, price: 20 },
  ],
  ...extra,
});

describe("the scenario suite", () => {
  it("prices every cart as the cart API does (zones, stored segments, codes, unknown codes)", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    await db().store.create({ data: { tenantId: t.tenantId, id: "nyc", name: "NYC", timeZone: "America/New_York" } });
    await db().customer.create({ data: { tenantId: t.tenantId, id: "C-GOLD", name: "Ada", segments: [{ key: "tier", value: "gold" }] } });
    await createOffer(t.actors.marketer, "promotion", promotion());
    const gold = await createOffer(t.actors.marketer, "coupon", coupon);
    await addCodes(t.actors.marketer, gold.id, { codes: ["GOLD5"] });
    const at = "2026-12-01T08:30:00Z"; // 09:30 in Berlin, 03:30 in New York
    const requests = [
      cart(),
      cart({ couponCodes: ["GOLD5"], customerId: "C-GOLD", at }),
      cart({ couponCodes: ["GOLD5"], customerId: "C-GOLD", at, storeId: "nyc" }),
      cart({ couponCodes: ["GOLD5", "NOPE"], customerSegments: [{ key: "tier", value: "silver" }], at }),
    ];
    const suite = await priceRequests(t.tenantId, requests, [], new Date());
    for (const [i, request] of requests.entries())
      expect(suite.live[i], `cart ${i}`).toEqual(expectationOf((await priceCartForTenant(t.tenantId, request)).cart));
    expect(suite.live[1].totals.discount).toBe(15);
    expect(suite.live[2].rejectedCouponCodes).toEqual([{ code: "GOLD5", reason: "not_yet_valid" }]);
  });

  it("keeps each scenario's last outcome as the live offers change, and re-pinning accepts the new result", async () => {
    const t = await makeTenant();
    const shoes = await createOffer(t.actors.marketer, "promotion", promotion());
    const scenario = await createScenario(t.actors.marketer, { name: "Two shoes and a hat", request: cart() });
    expect(scenario.lastOutcome).toMatchObject({ status: "passed", differences: [] });

    await updateOffer(t.actors.marketer, "promotion", shoes.id, { ...promotion({ active: false }), version: shoes.version });
    const broken = await getScenarioOrThrow(t.tenantId, scenario.id);
    expect(broken.lastOutcome?.status).toBe("failed");
    expect(broken.lastOutcome?.differences.map((d) => d.message)).toEqual([
      "Line 1 (SHOE): “Shoes -10%” no longer applies (was 10.00 EUR)",
      "Discount: 10.00 EUR → 0.00 EUR",
      "Total: 110.00 EUR → 120.00 EUR",
    ]);

    const repinned = await repinScenario(t.actors.marketer, scenario.id);
    expect(repinned).toMatchObject({ expected: { totals: { discount: 0 } }, lastOutcome: { status: "passed" } });
    await archiveOffer(t.actors.marketer, "promotion", shoes.id);
    expect((await getScenarioOrThrow(t.tenantId, scenario.id)).lastOutcome?.status).toBe("passed");
  });

  it("a run against a draft reports what it changes and leaves the live outcome alone", async () => {
    const t = await makeTenant();
    const shoes = await createOffer(t.actors.marketer, "promotion", promotion());
    const scenario = await createScenario(t.actors.marketer, { name: "Basket", request: cart() });
    await saveDraft(t.actors.marketer, "promotion", shoes.id, {
      snapshot: promotion({
        category: { kind: "ProductLevelPercentage", discount: 10, products: { categories: ["shoes"] } },
        stores: [],
        exclusive: true,
        active: false,
      }),
    });
    const report = await runScenarios(t.tenantId, { drafts: [{ kind: "promotion", id: shoes.id }] });
    expect(report).toMatchObject({ total: 1, failed: 1, drafts: [{ kind: "promotion", id: shoes.id, number: 2 }] });
    expect((await getScenarioOrThrow(t.tenantId, scenario.id)).lastOutcome?.status).toBe("passed");
    expect((await getOfferOrThrow(t.tenantId, "promotion", shoes.id)).active).toBe(true);
  });
});
