// Helpers of the POS API specs: the fields an error's causes name, and a campaign with one coupon rule.
import { expect, type APIRequestContext } from "@playwright/test";
import { auth } from "@/tests/e2e/support/bearer";
import { makeStores } from "@/tests/factories/pos";
import type { TestTenant } from "@/tests/factories/tenant";

export const fields = (body: { causes: { field?: string }[] }) => body.causes.map((c) => c.field);

/** The stores of tests/factories/pos, a 10% campaign for the "north" group, and a rule printing on a 250.00 sale (`rule` overrides). */
export async function setup(request: APIRequestContext, t: TestTenant, rule: Record<string, unknown> = {}) {
  await makeStores(t.tenantId);
  const campaign = await request.post("/api/v1/pos/campaigns", {
    headers: auth(t.tokens.marketer),
    data: { name: "10% coupon", startDate: "2020-01-01", storeGroup: "north", category: { kind: "CartLevelPercentage", discount: 10 } },
  });
  expect(campaign.status()).toBe(201);
  const campaignBody = (await campaign.json()).campaign;
  const created = await request.post("/api/v1/pos/coupon-rules", {
    headers: auth(t.tokens.marketer),
    data: {
      name: "Spend 250, get 10%",
      storeGroup: "north",
      campaignID: campaignBody.id,
      printedAutomaticallyInPOS: 1,
      threshold: "250.00",
      measure: "dollars",
      thresholdType: "this_sale",
      ...rule,
    },
  });
  expect(created.status()).toBe(201);
  return { campaign: campaignBody, rule: (await created.json()).couponRule };
}
