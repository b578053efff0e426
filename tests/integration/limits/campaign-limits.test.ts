// Contract §7 on POS campaigns: limits are carried by create, update, drafts and publishing, and shown
// on the campaign's view, as on coupons and promotions.
import { describe, expect, it } from "vitest";
import { getCampaignOrThrow } from "@/lib/pos/get-campaign-or-throw";
import { createCampaign, updateCampaign } from "@/lib/pos/save-campaign";
import { CampaignInput, CampaignUpdate } from "@/lib/pos/schemas";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";
import { makeTenant } from "@/tests/factories/tenant";

const base = { name: "Till coupon", startDate: "2020-01-01", category: { kind: "CartLevelPercentage", discount: 10 } };
const limits = { redemptions: 100, perCustomer: 1, budget: [{ currency: "EUR", amount: 250.5 }], window: "month" as const };

describe("POS campaign limits", () => {
  it("stores, replaces and clears limits, and publishes a draft's limits", async () => {
    const t = await makeTenant();
    const created = await createCampaign(t.actors.marketer, CampaignInput.parse({ ...base, limits }));
    expect(created.limits).toEqual(limits);
    expect((await getCampaignOrThrow(t.tenantId, created.id)).limits).toEqual(limits);

    const cleared = await updateCampaign(t.actors.marketer, created.id, CampaignUpdate.parse({ ...base, version: created.version }));
    expect(cleared.limits).toBeNull();

    await saveDraft(t.actors.marketer, "pos_campaign", created.id, { snapshot: { ...base, limits: { redemptions: 5 } } });
    expect((await getCampaignOrThrow(t.tenantId, created.id)).limits).toBeNull();
    await publishVersion(t.actors.marketer, "pos_campaign", created.id, {});
    expect((await getCampaignOrThrow(t.tenantId, created.id)).limits).toEqual({ redemptions: 5 });
  });

  it("stores no empty budget list (the form always sends one) and no limits when only a window is set", async () => {
    const t = await makeTenant();
    const a = await createCampaign(t.actors.marketer, CampaignInput.parse({ ...base, limits: { redemptions: 3, budget: [] } }));
    expect(a.limits).toEqual({ redemptions: 3 });
    const b = await createCampaign(t.actors.marketer, CampaignInput.parse({ ...base, limits: { budget: [], window: "day" } }));
    expect(b.limits).toBeNull();
  });

  it("names the limit in the error of an invalid one", () => {
    expect(CampaignInput.safeParse({ ...base, limits: { redemptions: 0 } }).error?.issues[0]).toMatchObject({
      path: ["limits", "redemptions"],
      message: "limits.redemptions must be at least 1",
    });
    expect(CampaignInput.safeParse({ ...base, limits: { budget: [{ currency: "EUR", amount: 0 }] } }).error?.issues[0]).toMatchObject({
      path: ["limits", "budget", 0, "amount"],
      message: "The budget amount must be greater than 0",
    });
  });
});
