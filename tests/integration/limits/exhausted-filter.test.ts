// Contract §7, the "Exhausted" status of the coupon, promotion and POS campaign lists: a query over all
// of the tenant's offers (totals and pages stay right), live offers only, in the current window only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Limits } from "@/lib/limits/schemas";
import { listOffers } from "@/lib/offers/list-offers";
import { OfferListQuery } from "@/lib/offers/schemas";
import { listCampaigns } from "@/lib/pos/list-campaigns";
import { redeemIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { createCampaign } from "@/lib/pos/save-campaign";
import { CampaignInput, RedeemIssuedCouponInput } from "@/lib/pos/schemas";
import { CampaignListQuery } from "@/lib/pos/list-schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
const cart = { currency: "EUR", items: [{ productId: "p", quantity: 1, price: 20 }] };
const names = (page: { items: { name: string }[] }) => page.items.map((o) => o.name).sort();
const now = new Date("2026-12-02T12:00:00Z");

describe("the Exhausted status filter", () => {
  it("lists the coupons used up in the current window, with a right total and pages", async () => {
    const t = await makeTenant();
    const coupon = (name: string, limits: Limits | null) =>
      makeOffer(t.tenantId, { family: "coupon", name, category: tenPercent, codes: [`${name}-1`, `${name}-2`], limits });
    await coupon("used-up", { redemptions: 1 });
    await coupon("used-up-too", { budget: [{ currency: "EUR", amount: 2 }] });
    await coupon("room-left", { redemptions: 5 });
    await coupon("no-limit", null);
    await coupon("yesterday", { redemptions: 1, window: "day" });
    const disabled = await coupon("disabled", { redemptions: 1 });
    const redeem = (code: string, at: Date) =>
      redeemCodes(t.actors.admin, RedeemCodesInput.parse({ codes: [code], orderId: `o-${code}`, cart }), at);
    for (const code of ["used-up-1", "used-up-too-1", "room-left-1", "no-limit-1"]) await redeem(code, now);
    await redeem("yesterday-1", new Date("2026-12-01T12:00:00Z"));
    await redeem("disabled-1", now);
    // Used up, then disabled: not live, so not Exhausted.
    await db().offer.update({ where: { id: disabled }, data: { active: false } });

    const list = (query: Record<string, unknown>) => listOffers(t.tenantId, "coupon", OfferListQuery.parse(query), now);
    const exhausted = await list({ status: "Exhausted" });
    expect(names(exhausted)).toEqual(["used-up", "used-up-too"]);
    expect(exhausted.total).toBe(2);
    const secondPage = await list({ status: "exhausted", count: 1, page: 2, sort: "name" });
    expect([names(secondPage), secondPage.total]).toEqual([["used-up-too"], 2]);
    // Combined with another status, as the comma list always allowed.
    expect((await list({ status: "Exhausted,Disabled" })).total).toBe(3);
    // The API's Active still lists them (their `status` stays Active); only the filter tells them apart.
    expect((await list({ status: "Active" })).total).toBe(5);
  });

  it("lists a promotion used up by orders that used no code", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "promotion", name: "once", category: tenPercent, limits: { redemptions: 1 } });
    await makeOffer(t.tenantId, { family: "promotion", name: "often", category: tenPercent, limits: { redemptions: 9 } });
    await redeemCodes(t.actors.admin, RedeemCodesInput.parse({ codes: [], orderId: "o1", cart }), now);
    expect(names(await listOffers(t.tenantId, "promotion", OfferListQuery.parse({ status: "Exhausted" }), now))).toEqual(["once"]);
    expect((await listOffers(t.tenantId, "coupon", OfferListQuery.parse({ status: "Exhausted" }), now)).total).toBe(0);
  });

  it("lists the POS campaigns used up by their printed coupons, and filters the other statuses", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t, { campaign: { name: "one use", limits: { redemptions: 1 } } });
    const base = { startDate: "2020-01-01", category: tenPercent };
    await createCampaign(t.actors.marketer, CampaignInput.parse({ ...base, name: "roomy", limits: { redemptions: 5 } }));
    await createCampaign(t.actors.marketer, CampaignInput.parse({ ...base, name: "off", enabled: false }));
    await createCampaign(t.actors.marketer, CampaignInput.parse({ ...base, name: "later", startDate: "2099-01-01" }));
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "8801" });
    await redeemIssuedCoupon(t.actors.admin, RedeemIssuedCouponInput.parse({ uniqueIdentifier: "8801" }));

    const list = (status: string) => listCampaigns(t.tenantId, CampaignListQuery.parse({ status }));
    const exhausted = await list("Exhausted");
    expect([names(exhausted), exhausted.total]).toEqual([["one use"], 1]);
    expect(names(await list("Active"))).toEqual(["one use", "roomy"]);
    expect(names(await list("Disabled,Planned"))).toEqual(["later", "off"]);
    expect(CampaignListQuery.safeParse({ status: "Used" }).error?.issues[0]).toMatchObject({ path: ["status"] });
  });
});
