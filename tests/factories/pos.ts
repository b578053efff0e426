// POS fixtures: a store group "north" with two stores, a 10% coupon campaign and a rule granting it,
// written through the services so tests exercise the same paths as the console and the API.
import { db } from "@/lib/db/client";
import { issueCoupon } from "@/lib/pos/issue-coupon";
import { createCampaign } from "@/lib/pos/save-campaign";
import { createCouponRule } from "@/lib/pos/save-coupon-rule";
import { CampaignInput, CouponRuleInput, IssueCouponInput } from "@/lib/pos/schemas";
import type { TestTenant } from "@/tests/factories/tenant";

export async function makeStores(tenantId: string) {
  await db().storeGroup.createMany({
    data: [
      { tenantId, id: "north", name: "North" },
      { tenantId, id: "south", name: "South" },
    ],
  });
  await db().store.createMany({
    data: [
      { tenantId, id: "hamburg", name: "Hamburg", timeZone: "Europe/Berlin", storeGroupId: "north" },
      { tenantId, id: "berlin", name: "Berlin", timeZone: "Europe/Berlin", storeGroupId: "north" },
      { tenantId, id: "munich", name: "Munich", timeZone: "Europe/Berlin", storeGroupId: "south" },
    ],
  });
}

export async function makePosSetup(t: TestTenant, options: { campaign?: Record<string, unknown>; rule?: Record<string, unknown> } = {}) {
  await makeStores(t.tenantId);
  const campaign = await createCampaign(
    t.actors.marketer,
    CampaignInput.parse({
      name: "10% coupon",
      startDate: "2020-01-01",
      storeGroup: "north",
      category: { kind: "CartLevelPercentage", discount: 10 },
      ...options.campaign,
    }),
  );
  const rule = await createCouponRule(
    t.actors.marketer,
    CouponRuleInput.parse({
      name: "Spend 250, get 10%",
      storeGroup: "north",
      campaignID: campaign.id,
      printedAutomaticallyInPOS: true,
      threshold: "250.00",
      ...options.rule,
    }),
  );
  return { campaign, rule };
}

export async function issue(t: TestTenant, input: Record<string, unknown>) {
  return issueCoupon(t.actors.admin, IssueCouponInput.parse({ pointOfSaleId: "till-1", ...input }));
}
