// Contract §5 / §7 on POS campaigns: a printed coupon's use is a ledger row of its campaign (offerType
// pos_campaign, code = the serial), whose limits are checked and taken in the same transaction, by
// serial (the Erply endpoint) and through POST /coupons/redemptions; a refused use leaves the coupon ACTIVE.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listLedger } from "@/lib/ledger/list-ledger";
import { LedgerQuery } from "@/lib/ledger/schemas";
import { redeemIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { RedeemIssuedCouponInput } from "@/lib/pos/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";
import { countersOf, recountOf } from "@/tests/integration/limits/recount";

/** A Hamburg sale whose 10 % campaign discount is `cents` cents. */
const saleOf = (cents: number) => ({
  currency: "EUR",
  storeId: "hamburg",
  items: [{ productId: "p", quantity: 1, price: (cents * 10) / 100 }],
});

async function setup(limits: Record<string, unknown> | undefined, serials: readonly string[]) {
  const t = await makeTenant();
  const { campaign, rule } = await makePosSetup(t, { campaign: limits ? { limits } : {} });
  for (const serial of serials) await issue(t, { couponRuleId: rule.id, uniqueIdentifier: serial });
  return { t, campaignId: campaign.id };
}

const byTill = (t: TestTenant, serial: string, extra: Record<string, unknown> = {}) =>
  redeemIssuedCoupon(t.actors.admin, RedeemIssuedCouponInput.parse({ uniqueIdentifier: serial, storeId: "hamburg", ...extra }));
const statusOf = async (t: TestTenant, serial: string) =>
  (await db().issuedCoupon.findUniqueOrThrow({ where: { tenantId_uniqueIdentifier: { tenantId: t.tenantId, uniqueIdentifier: serial } } }))
    .status;
const ledgerOf = (t: TestTenant, campaignId: string) =>
  db().redemption.findMany({ where: { tenantId: t.tenantId, offerId: campaignId }, orderBy: { code: "asc" } });

describe("a printed coupon redeemed by serial is a use of its campaign", () => {
  it("records a ledger row, holds the redemption limit, and leaves a refused coupon ACTIVE", async () => {
    const { t, campaignId } = await setup({ redemptions: 2 }, ["901", "902", "903"]);
    await byTill(t, "901", { invoiceId: "inv-1", pointOfSaleId: "till-2" });
    expect((await byTill(t, "902")).status).toBe("REDEEMED");
    await expect(byTill(t, "903")).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "uniqueIdentifier", code: "redemption_limit_reached" }],
    });
    expect(await statusOf(t, "903")).toBe("ACTIVE");
    const rows = await ledgerOf(t, campaignId);
    expect(rows.map((r) => [r.code, r.orderId, r.offerType, r.status, r.amount, r.storeId, r.windowKey])).toEqual([
      ["901", "inv-1", "pos_campaign", "redeemed", null, "hamburg", ""],
      ["902", "issued-coupon:902", "pos_campaign", "redeemed", null, "hamburg", ""],
    ]);
    expect(await countersOf(t.tenantId, campaignId)).toEqual({ "|uses": 2 });
    expect(await recountOf(t.tenantId, campaignId)).toEqual(await countersOf(t.tenantId, campaignId));
    // The campaign's ledger page shows them.
    const page = await listLedger(t.tenantId, campaignId, LedgerQuery.parse({}), new URL("http://test/x"), { type: "pos_campaign" });
    expect(page.items.map((r) => r.code).sort()).toEqual(["901", "902"]);
  });

  it("needs the sale's cart for a budgeted campaign, records its discount, and refuses one that crosses the budget", async () => {
    const { t, campaignId } = await setup({ budget: [{ currency: "EUR", amount: 1 }] }, ["911", "912", "913"]);
    await expect(byTill(t, "911")).rejects.toMatchObject({ code: "unprocessable", causes: [{ field: "cart", code: "required" }] });
    expect(await statusOf(t, "911")).toBe("ACTIVE");
    await byTill(t, "911", { cart: saleOf(60) });
    // 60 + 41 cents would pass the 1.00 EUR budget by one cent: refused, not clipped.
    await expect(byTill(t, "912", { cart: saleOf(41) })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "uniqueIdentifier", code: "budget_exhausted" }],
    });
    expect(await statusOf(t, "912")).toBe("ACTIVE");
    await byTill(t, "913", { cart: saleOf(40) });
    expect((await ledgerOf(t, campaignId)).map((r) => [r.code, r.amount, r.currency])).toEqual([
      ["911", 60, "EUR"],
      ["913", 40, "EUR"],
    ]);
    expect(await countersOf(t.tenantId, campaignId)).toEqual({ "|uses": 2, "|budget:EUR": 100 });
  });

  it("holds perCustomer (a sale without a customer cannot use it) per window", async () => {
    const { t, campaignId } = await setup({ perCustomer: 1, window: "day" }, ["921", "922", "923"]);
    await expect(byTill(t, "921")).rejects.toMatchObject({ causes: [{ code: "customer_limit_reached" }] });
    await byTill(t, "921", { customerId: "ann" });
    await expect(byTill(t, "922", { customerId: "ann" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "uniqueIdentifier", code: "customer_limit_reached" }],
    });
    await byTill(t, "923", { customerId: "bob" });
    expect(await statusOf(t, "922")).toBe("ACTIVE");
    const rows = await ledgerOf(t, campaignId);
    expect(rows.map((r) => [r.code, r.consumerId])).toEqual([
      ["921", "ann"],
      ["923", "bob"],
    ]);
    expect(rows[0].windowKey).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("still redeems a coupon whose rule grants no campaign, with no ledger row", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t, { rule: { campaignID: null } });
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "931" });
    expect((await byTill(t, "931")).status).toBe("REDEEMED");
    await expect(byTill(t, "931")).rejects.toMatchObject({ causes: [{ code: "erply_1041" }] });
    expect(await db().redemption.count({ where: { tenantId: t.tenantId } })).toBe(0);
  });

  it("takes exactly K uses of a campaign limited to K under parallel redemptions of distinct serials", async () => {
    const serials = Array.from({ length: 40 }, (_, i) => `95${String(i).padStart(2, "0")}`);
    const { t, campaignId } = await setup({ redemptions: 15 }, serials);
    const results = await Promise.allSettled(serials.map((serial) => byTill(t, serial, { customerId: `c${serial}` })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(15);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "conflict", causes: [{ code: "redemption_limit_reached" }] });
    expect(await db().issuedCoupon.count({ where: { tenantId: t.tenantId, status: "REDEEMED" } })).toBe(15);
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, offerId: campaignId, status: "redeemed" } })).toBe(15);
    expect((await countersOf(t.tenantId, campaignId))["|uses"]).toBe(15);
    expect(await recountOf(t.tenantId, campaignId)).toEqual(await countersOf(t.tenantId, campaignId));
  });
});

describe("a POS serial in POST /coupons/redemptions", () => {
  const order = (orderId: string, codes: string[], extra: Record<string, unknown> = {}) =>
    RedeemCodesInput.parse({ orderId, codes, storeId: "hamburg", cart: saleOf(50), ...extra });

  it("records the campaign's use and redeems the coupon once; a second order with it is refused, a revert gives it back", async () => {
    const { t, campaignId } = await setup({ redemptions: 5 }, ["941"]);
    const first = await redeemCodes(t.actors.admin, order("o1", ["941"]));
    expect(first.redemptions).toEqual([
      expect.objectContaining({ code: "941", couponId: campaignId, offerType: "pos_campaign", amount: 0.5, status: "redeemed" }),
    ]);
    expect(await statusOf(t, "941")).toBe("REDEEMED");
    expect(await redeemCodes(t.actors.admin, order("o1", ["941"]))).toEqual({ replayed: true, redemptions: first.redemptions });
    await expect(redeemCodes(t.actors.admin, order("o2", ["941"]))).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "codes[0]", code: "redemption_limit_reached" }],
    });
    // The till presenting it after the order: already redeemed (1041), by order o1.
    await expect(byTill(t, "941")).rejects.toMatchObject({ causes: [{ code: "erply_1041" }] });
    expect(await countersOf(t.tenantId, campaignId)).toEqual({ "|uses": 1, "|budget:EUR": 50 });

    await revertRedemption(t.actors.admin, first.redemptions[0].id);
    expect(await statusOf(t, "941")).toBe("ACTIVE");
    expect(await countersOf(t.tenantId, campaignId)).toEqual({});
    const again = await redeemCodes(t.actors.admin, order("o2", ["941"]));
    expect(again.redemptions[0]).toMatchObject({ code: "941", offerType: "pos_campaign", status: "redeemed" });
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, offerId: campaignId, status: "redeemed" } })).toBe(1);
  });

  it("refuses the whole order when the campaign's limit is reached, leaving the coupon ACTIVE", async () => {
    const { t } = await setup({ redemptions: 1 }, ["961", "962"]);
    await redeemCodes(t.actors.admin, order("o1", ["961"]));
    await expect(redeemCodes(t.actors.admin, order("o2", ["962"]))).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "codes[0]", code: "redemption_limit_reached" }],
    });
    expect(await statusOf(t, "962")).toBe("ACTIVE");
  });
});
