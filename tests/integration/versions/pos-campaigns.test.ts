// Versions of POS campaigns (contract §8): the POS never sees a draft campaign, a draft of a live one
// changes nothing until it is published, and the scenario suite prices scanned coupons with the draft.
import { describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { db } from "@/lib/db/client";
import { createCampaign } from "@/lib/pos/save-campaign";
import { updateCouponRule } from "@/lib/pos/save-coupon-rule";
import { CampaignInput, CouponRuleUpdate } from "@/lib/pos/schemas";
import { runScenarios } from "@/lib/scenarios/run-scenarios";
import { createScenario } from "@/lib/scenarios/save-scenario";
import { listVersions } from "@/lib/versions/list-versions";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

const campaign = (overrides: Record<string, unknown> = {}) =>
  CampaignInput.parse({
    name: "10% coupon",
    startDate: "2020-01-01",
    storeGroup: "north",
    category: { kind: "CartLevelPercentage", discount: 10 },
    ...overrides,
  });

const cart = (serial: string) => ({
  currency: "EUR",
  storeId: "hamburg",
  couponCodes: [serial],
  items: [{ productId: "SKU-1", quantity: 1, price: 100 }],
});

describe("POS campaign versions", () => {
  it("a draft of a live campaign changes what a scanned coupon gets only once published, and the suite sees it first", async () => {
    const t = await makeTenant();
    const { campaign: live, rule } = await makePosSetup(t);
    const printed = await issue(t, { couponRuleId: rule.id, storeId: "hamburg" });
    const serial = printed.uniqueIdentifier;
    expect((await priceCartForTenant(t.tenantId, cart(serial))).cart.totals.discount).toBe(10);
    const scenario = await createScenario(t.actors.marketer, { name: "Scanned coupon", request: cart(serial) });

    const { impact } = await saveDraft(t.actors.marketer, "pos_campaign", live.id, { snapshot: campaign({ enabled: false }) });
    expect(impact).toMatchObject({ total: 1, changed: 1, broken: 1 });
    expect(impact.scenarios[0].changes.map((c) => c.message)).toContain(`Code ${serial} is now rejected: inactive`);
    expect((await priceCartForTenant(t.tenantId, cart(serial))).cart.totals.discount).toBe(10);
    const report = await runScenarios(t.tenantId, { drafts: [{ kind: "pos_campaign", id: live.id }] });
    expect(report.scenarios).toEqual([expect.objectContaining({ id: scenario.id, status: "failed" })]);

    await publishVersion(t.actors.marketer, "pos_campaign", live.id, { acceptBrokenScenarios: true, note: "Campaign paused" });
    const after = await priceCartForTenant(t.tenantId, cart(serial));
    expect(after.cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: serial, reason: "inactive" })]);

    await publishVersion(t.actors.marketer, "pos_campaign", live.id, { number: 1 });
    expect((await priceCartForTenant(t.tenantId, cart(serial))).cart.totals.discount).toBe(10);
    const history = await listVersions(t.tenantId, "pos_campaign", live.id, { page: 1, count: 10 });
    expect(history.items.map((v) => [v.number, v.status, v.restoresNumber])).toEqual([
      [3, "published", 1],
      [2, "superseded", null],
      [1, "superseded", null],
    ]);
  });

  it("a campaign created as a draft unlocks nothing until it is published; its award stays fixed", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    const draft = await createCampaign(t.actors.marketer, campaign({ name: "Launch" }), new Date(), { asDraft: true });
    expect(draft.status).toBe("Draft");
    const current = await db().posCouponRule.findUniqueOrThrow({ where: { id: rule.id } });
    await updateCouponRule(
      t.actors.marketer,
      rule.id,
      CouponRuleUpdate.parse({
        name: current.name,
        storeGroup: "north",
        campaignID: draft.id,
        printedAutomaticallyInPOS: true,
        threshold: "250.00",
        version: current.version,
      }),
    );
    const printed = await issue(t, { couponRuleId: rule.id, storeId: "hamburg" });
    const priced = await priceCartForTenant(t.tenantId, cart(printed.uniqueIdentifier));
    expect(priced.cart.rejectedCouponCodes).toEqual([expect.objectContaining({ reason: "not_found" })]);
    await expect(
      saveDraft(t.actors.marketer, "pos_campaign", draft.id, {
        snapshot: campaign({ category: { kind: "CartLevelPercentage", discount: 50 } }),
      }),
    ).rejects.toMatchObject({ causes: [expect.objectContaining({ field: "category", code: "immutable" })] });
    await publishVersion(t.actors.marketer, "pos_campaign", draft.id, {});
    expect((await priceCartForTenant(t.tenantId, cart(printed.uniqueIdentifier))).cart.totals.discount).toBe(10);
  });
});
