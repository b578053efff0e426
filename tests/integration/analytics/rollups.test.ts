// The usage rollups follow the ledger: a run adds new uses (and reservations' held uses) to their hour, a
// revert subtracts from the hour the use was counted in, and a second run over the same window adds
// nothing (the property test with reservations is rollups-property.test.ts).
import { describe, expect, it } from "vitest";
import { HOUR_MS } from "@/lib/analytics/buckets";
import { getRedemptionsOverTime } from "@/lib/analytics/get-redemptions-over-time";
import { getTopCodes } from "@/lib/analytics/get-top-codes";
import { getUsageSplit } from "@/lib/analytics/get-usage-split";
import { LAG_MS, rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { orderRows, recount, recountOrders, rollUpNow, rollupRows, setUp } from "@/tests/integration/analytics/support/rollup-fixtures";

describe("usage rollups", () => {
  it("counts a redemption once, subtracts its revert from the same hour, and labels charts", async () => {
    const { t, offers } = await setUp();
    await redeemCodes(t.actors.admin, { codes: ["ALPHA", "BETA"], orderId: "o1", storeId: "north", channelType: "web", currency: "EUR" });
    await redeemCodes(t.actors.admin, { codes: ["ALPHA"], orderId: "o2", storeId: "south", channelType: "store", currency: "EUR" });
    await rollUpNow();
    await rollUpNow();
    const hour = Math.floor(Date.now() / HOUR_MS);
    const query = {
      granularity: "day" as const,
      from: new Date((hour - 24) * HOUR_MS).toISOString(),
      to: new Date((hour + 1) * HOUR_MS).toISOString(),
    };
    const total = async () => (await getRedemptionsOverTime(t.tenantId, query)).points.reduce((s, p) => s + p.redemptions, 0);
    expect(await total()).toBe(3);
    expect(
      (await getRedemptionsOverTime(t.tenantId, { ...query, offerId: offers.ALPHA })).points.reduce((s, p) => s + p.redemptions, 0),
    ).toBe(2);
    expect((await getUsageSplit(t.tenantId, query, "store")).items).toEqual([
      { id: "north", label: "Store north", redemptions: 2 },
      { id: "south", label: "Store south", redemptions: 1 },
    ]);
    expect((await getUsageSplit(t.tenantId, { ...query, storeId: "south" }, "channel")).items).toEqual([
      { id: "store", label: "Store (POS)", redemptions: 1 },
    ]);
    expect((await getTopCodes(t.tenantId, query)).items.map((i) => [i.id, i.redemptions])).toEqual([
      ["ALPHA", 2],
      ["BETA", 1],
    ]);

    await revertOrderRedemptions(t.actors.admin, "o1");
    await rollUpNow();
    expect(await total()).toBe(1);
    expect(await rollupRows(t.tenantId)).toEqual(await recount(t.tenantId));
    expect(await orderRows(t.tenantId)).toEqual(await recountOrders(t.tenantId));
  });

  it("two runs at once over the same window count each change (and order) once", async () => {
    const { t } = await setUp();
    await redeemCodes(t.actors.admin, { codes: ["GAMMA"], orderId: "race", currency: "EUR", catalogTotal: 40 });
    const now = new Date(Date.now() + LAG_MS);
    await Promise.all([rollUpUsage(now), rollUpUsage(now)]);
    expect(await rollupRows(t.tenantId)).toEqual(await recount(t.tenantId));
    expect(await orderRows(t.tenantId)).toEqual(await recountOrders(t.tenantId));
  });

  it("an order that redeems a code again after its revert counts once, whether a run read the revert before or not", async () => {
    const { t } = await setUp();
    const redeem = (orderId: string, code: string) =>
      redeemCodes(t.actors.admin, { codes: [code], orderId, currency: "EUR", catalogTotal: 40 });
    const total = async () =>
      (await rollupRows(t.tenantId)).filter((row) => row.startsWith("all|")).map((row) => Number(row.split("|")[6]));
    // Revert and redo between two runs: the reused row no longer shows the revert.
    await redeem("unread", "ALPHA");
    await rollUpNow();
    await revertOrderRedemptions(t.actors.admin, "unread");
    await redeem("unread", "ALPHA");
    await rollUpNow();
    expect(await total()).toEqual([1]);
    // A run between the revert and the redo.
    await redeem("read", "BETA");
    await rollUpNow();
    await revertOrderRedemptions(t.actors.admin, "read");
    await rollUpNow();
    await redeem("read", "BETA");
    await rollUpNow();
    expect(await total()).toEqual([2]);
    expect(await rollupRows(t.tenantId)).toEqual(await recount(t.tenantId));
    expect(await orderRows(t.tenantId)).toEqual(await recountOrders(t.tenantId));
  });
});
