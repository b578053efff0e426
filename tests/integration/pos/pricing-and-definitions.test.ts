import { describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { db } from "@/lib/db/client";
import { evaluateSale } from "@/lib/pos/evaluate-sale";
import { getCampaignOrThrow } from "@/lib/pos/get-campaign-or-throw";
import { updateCampaign } from "@/lib/pos/save-campaign";
import { createCouponRule, updateCouponRule } from "@/lib/pos/save-coupon-rule";
import { CampaignUpdate, CouponRuleInput, CouponRuleUpdate, EvaluateSaleInput } from "@/lib/pos/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

const cart = (storeId: string, codes: string[]) => ({
  currency: "EUR",
  storeId,
  couponCodes: codes,
  items: [{ productId: "COAT", quantity: 1, price: 300 }],
});

describe("a scanned coupon in the pricing engine", () => {
  it("applies its campaign in the stores of its group, once, and is refused after redemption", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    const coupon = await issue(t, { couponRuleId: rule.id });
    const serial = coupon.uniqueIdentifier;
    const inNorth = (await priceCartForTenant(t.tenantId, cart("hamburg", [serial]))).cart;
    expect(inNorth.totals.discount).toBe(30);
    expect(inNorth.items[0].discounts).toEqual([expect.objectContaining({ name: "10% coupon", source: "coupon", couponCode: serial })]);
    // A store added to the group later is covered: groups are expanded when the cart is priced.
    await db().store.create({ data: { tenantId: t.tenantId, id: "kiel", name: "Kiel", storeGroupId: "north" } });
    expect((await priceCartForTenant(t.tenantId, cart("kiel", [serial]))).cart.totals.discount).toBe(30);
    expect((await priceCartForTenant(t.tenantId, cart("munich", [serial]))).cart.rejectedCouponCodes[0].reason).toBe("store_not_allowed");
    expect((await priceCartForTenant(t.tenantId, cart("hamburg", [serial, serial]))).cart.totals.discount).toBe(30);

    // A serial redeemed as an order's code is re-checked like any code (its campaign's stores), then
    // recorded as a use of its campaign, which redeems the printed coupon (campaign-ledger.test.ts).
    await expect(redeemCodes(t.actors.admin, { codes: [serial], orderId: "o-1" })).rejects.toMatchObject({
      code: "unprocessable",
      causes: [{ field: "codes[0]", code: "store_not_allowed" }],
    });
    expect(await db().issuedCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ status: "ACTIVE" });
    await redeemCodes(t.actors.admin, { codes: [serial], orderId: "o-1", storeId: "hamburg" });
    expect(await db().issuedCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ status: "REDEEMED" });
    expect((await priceCartForTenant(t.tenantId, cart("hamburg", [serial]))).cart.rejectedCouponCodes[0].reason).toBe(
      "redemption_limit_reached",
    );
  });

  it("prefers a coupon code over a serial of the same text, and never reads another tenant's serials", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "777" });
    await makeOffer(t.tenantId, { family: "coupon", name: "Five off", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["777"] });
    expect((await priceCartForTenant(t.tenantId, cart("hamburg", ["777"]))).cart.totals.discount).toBe(5);
    const other = await makeTenant();
    await makePosSetup(other);
    expect((await priceCartForTenant(other.tenantId, cart("hamburg", ["777"]))).cart.rejectedCouponCodes[0].reason).toBe("not_found");
  });

  it("rejects a coupon past its own expiry date as expired", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "888", expiryDate: "2022-01-31" });
    expect((await priceCartForTenant(t.tenantId, cart("hamburg", ["888"]))).cart.rejectedCouponCodes[0]).toMatchObject({
      reason: "expired",
    });
    expect((await priceCartForTenant(t.tenantId, { ...cart("hamburg", ["888"]), at: "2022-01-31T20:00:00Z" })).cart.totals.discount).toBe(
      30,
    );
  });
});

describe("print decision over the database", () => {
  it("prints in the group's stores over the threshold, and reads the customer's lifetime totals", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    await createCouponRule(
      t.actors.marketer,
      CouponRuleInput.parse({
        name: "Loyal",
        description: "Thank you!",
        printedAutomaticallyInPOS: true,
        promptCashier: true,
        threshold: "500",
        thresholdType: "points_amt",
      }),
    );
    await db().customer.create({ data: { tenantId: t.tenantId, id: "c1", name: "Carla", segments: [], lifetimePurchaseTotal: 30_000 } });
    const evaluate = (input: Record<string, unknown>) => evaluateSale(t.tenantId, EvaluateSaleInput.parse(input));
    expect((await evaluate({ storeId: "hamburg", saleTotal: 250 })).coupons).toEqual([
      { ruleId: rule.id, name: "Spend 250, get 10%", printedText: "Spend 250, get 10%", action: "print", printingCostInRewardPoints: 0 },
    ]);
    expect((await evaluate({ storeId: "munich", saleTotal: 250 })).coupons).toEqual([]);
    expect((await evaluate({ storeId: "hamburg", saleTotal: 249.99 })).coupons).toEqual([]);
    expect((await evaluate({ storeId: "munich", saleTotal: 200, customerId: "c1" })).coupons).toEqual([
      expect.objectContaining({ name: "Loyal", printedText: "Thank you!", action: "ask_cashier" }),
    ]);
    expect((await evaluate({ storeId: "unknown-store", saleTotal: 199.99, customerId: "c1" })).coupons).toEqual([]);
  });
});

describe("definitions", () => {
  it("updates with the version read last, keeps the award, and audits the change", async () => {
    const t = await makeTenant();
    const { campaign, rule } = await makePosSetup(t);
    const body = {
      name: rule.name,
      storeGroup: "north",
      campaignID: campaign.id,
      printedAutomaticallyInPOS: true,
      threshold: "300",
      version: rule.version,
    };
    const updated = await updateCouponRule(t.actors.marketer, rule.id, CouponRuleUpdate.parse(body));
    expect(updated).toMatchObject({ threshold: "300" });
    expect(updated.version).not.toBe(rule.version);
    await expect(updateCouponRule(t.actors.marketer, rule.id, CouponRuleUpdate.parse(body))).rejects.toMatchObject({
      code: "version_mismatch",
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { tenantId: t.tenantId, objectType: "pos_coupon_rule", action: "update" },
    });
    expect(audit.changes).toEqual({ threshold: { from: "250.00", to: "300" } });

    const campaignBody = {
      name: "Renamed",
      startDate: "2020-01-01",
      storeGroup: "north",
      category: campaign.category,
      version: campaign.version,
    };
    expect((await updateCampaign(t.actors.marketer, campaign.id, CampaignUpdate.parse(campaignBody))).name).toBe("Renamed");
    await expect(
      updateCampaign(
        t.actors.marketer,
        campaign.id,
        CampaignUpdate.parse({
          ...campaignBody,
          version: (await getCampaignOrThrow(t.tenantId, campaign.id)).version,
          category: { kind: "CartLevelPercentage", discount: 50 },
        }),
      ),
    ).rejects.toMatchObject({
      causes: [{ field: "category", code: "immutable" }],
    });
  });

  it("compares the award by content, whatever key order the database returns it in", async () => {
    const t = await makeTenant();
    const bogo = {
      kind: "BogoFixed",
      discount: 2.5,
      maxApplications: 3,
      buy: { quantity: 2, products: { categories: ["apples"] } },
      get: { quantity: 1, products: { productIds: ["APPLE-1"] } },
    };
    const { campaign } = await makePosSetup(t, { campaign: { category: bogo } });
    const read = await getCampaignOrThrow(t.tenantId, campaign.id);
    const reordered = { get: bogo.get, buy: bogo.buy, maxApplications: 3, discount: 2.5, kind: "BogoFixed" };
    const updated = await updateCampaign(
      t.actors.marketer,
      campaign.id,
      CampaignUpdate.parse({ name: "Apples", startDate: "2020-01-01", category: reordered, version: read.version }),
    );
    expect(updated).toMatchObject({ name: "Apples", category: bogo });
  });

  it("refuses stores, groups and campaigns of other tenants, and answers 404 for their ids", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    const { campaign, rule } = await makePosSetup(other);
    await expect(createCouponRule(t.actors.marketer, CouponRuleInput.parse({ name: "x", campaignID: campaign.id }))).rejects.toMatchObject({
      causes: [{ field: "campaignID", code: "not_found" }],
    });
    await expect(createCouponRule(t.actors.marketer, CouponRuleInput.parse({ name: "x", storeGroup: "north" }))).rejects.toMatchObject({
      causes: [{ field: "storeGroup", code: "not_found" }],
    });
    await expect(createCouponRule(t.actors.marketer, CouponRuleInput.parse({ name: "x", warehouseID: "hamburg" }))).rejects.toMatchObject({
      causes: [{ field: "warehouseID", code: "not_found" }],
    });
    await expect(
      updateCouponRule(t.actors.marketer, rule.id, CouponRuleUpdate.parse({ name: "x", version: rule.version })),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(getCampaignOrThrow(t.tenantId, campaign.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
