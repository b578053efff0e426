// The usage rollups follow the ledger: a run adds new uses (and reservations' held uses) to their hour, a
// revert subtracts from the hour the use was counted in, a second run over the same window adds nothing,
// and after a random mix of redemptions and reverts (with runs in between) the rollups' counts and
// amounts, per currency at every grain, equal a recount of the ledger.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOUR_MS } from "@/lib/analytics/buckets";
import { getRedemptionsOverTime } from "@/lib/analytics/get-redemptions-over-time";
import { getTopCodes } from "@/lib/analytics/get-top-codes";
import { getUsageSplit } from "@/lib/analytics/get-usage-split";
import { LAG_MS, rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { db } from "@/lib/db/client";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const cartLevel = { kind: "CartLevelPercentage" as const, discount: 10 };
const CODES = ["ALPHA", "BETA", "GAMMA"];
const STORES = ["north", "south"];
const CHANNELS = ["web", "store"];

/**
 * Rolls up everything committed so far (the run's window ends LAG_MS before the `now` it is given, exclusive):
 * a write of the current millisecond (a revert just before the run) would fall in the next window, so the clock
 * moves on first.
 */
const rollUpNow = async () => {
  const last = Date.now();
  while (Date.now() === last) await new Promise((resolve) => setTimeout(resolve, 1));
  return rollUpUsage(new Date(Date.now() + LAG_MS));
};

async function setUp(): Promise<{ t: TestTenant; offers: Record<string, string> }> {
  const t = await makeTenant({ timeZone: "UTC" });
  for (const id of STORES) await db().store.create({ data: { tenantId: t.tenantId, id, name: `Store ${id}` } });
  const offers: Record<string, string> = {};
  for (const code of CODES)
    offers[code] = await makeOffer(t.tenantId, {
      family: "coupon",
      category: cartLevel,
      codes: [code],
      currencies: [{ code: "EUR" }, { code: "USD" }],
    });
  return { t, offers };
}

/** Every grain's non-zero rows, as text. */
async function rollupRows(tenantId: string) {
  const rows = await db().analyticsUsageHour.findMany({
    where: { tenantId, OR: [{ redemptions: { not: 0 } }, { amountMinor: { not: 0 } }] },
  });
  return rows
    .map((r) => `${r.grain}|${r.hour}|${r.offerId}|${r.storeId}|${r.channel}|${r.currency}|${r.redemptions}|${r.amountMinor}`)
    .sort();
}

/** The same rows counted from the ledger: the rows holding a use (redeemed, or reserved and not released). */
async function recount(tenantId: string) {
  const rows = await db().redemption.findMany({ where: { tenantId, status: { in: ["redeemed", "reserved"] } } });
  const counts = new Map<string, [number, number]>();
  const add = (key: string, amount: number) => {
    const [n, sum] = counts.get(key) ?? [0, 0];
    counts.set(key, [n + 1, sum + amount]);
  };
  for (const r of rows) {
    const hour = Math.floor(r.createdAt.getTime() / HOUR_MS);
    const [store, channel, currency, amount] = [r.storeId ?? "", r.channelType ?? "", r.currency ?? "", r.amount ?? 0];
    add(`full|${hour}|${r.offerId}|${store}|${channel}|${currency}`, amount);
    add(`offer|${hour}|${r.offerId}|||${currency}`, amount);
    add(`store|${hour}||${store}||${currency}`, amount);
    add(`channel|${hour}|||${channel}|${currency}`, amount);
    add(`all|${hour}||||${currency}`, amount);
  }
  return [...counts].map(([key, [n, sum]]) => `${key}|${n}|${sum}`).sort();
}

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
  });

  it("two runs at once over the same window count each change once", async () => {
    const { t } = await setUp();
    await redeemCodes(t.actors.admin, { codes: ["GAMMA"], orderId: "race", currency: "EUR" });
    const now = new Date(Date.now() + LAG_MS);
    await Promise.all([rollUpUsage(now), rollUpUsage(now)]);
    expect(await rollupRows(t.tenantId)).toEqual(await recount(t.tenantId));
  });

  it("an order that redeems a code again after its revert counts once, whether a run read the revert before or not", async () => {
    const { t } = await setUp();
    const redeem = (orderId: string, code: string) => redeemCodes(t.actors.admin, { codes: [code], orderId, currency: "EUR" });
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
  });

  it("property: after random redemptions (with carts, so amounts) and reverts with runs in between, the rollups' counts and amounts equal a recount", async () => {
    const order = {
      codes: fc.subarray(CODES, { minLength: 1 }),
      store: fc.option(fc.constantFrom(...STORES), { nil: undefined }),
      channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
      currency: fc.constantFrom("EUR", "USD"),
      price: fc.integer({ min: 1, max: 500 }),
    };
    const step = fc.oneof(
      fc.record({ op: fc.constant("redeem" as const), ...order }),
      fc.record({ op: fc.constant("revert" as const), pick: fc.nat() }),
      fc.record({ op: fc.constant("rollup" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const { t } = await setUp();
        const orders: string[] = [];
        const take = <T>(list: T[], pick: number) => list.splice(pick % list.length, 1)[0];
        for (const [i, s] of steps.entries()) {
          if (s.op === "redeem") {
            const orderId = `order-${i}`;
            const body = {
              codes: s.codes,
              orderId,
              storeId: s.store,
              channelType: s.channel,
              currency: s.currency,
              cart: { currency: s.currency, items: [{ productId: "p", quantity: 1, price: s.price }] },
            };
            await redeemCodes(t.actors.admin, body);
            orders.push(orderId);
          } else if (s.op === "revert" && orders.length) {
            await revertOrderRedemptions(t.actors.admin, take(orders, s.pick));
          } else if (s.op === "rollup") {
            await rollUpNow();
          }
        }
        await rollUpNow();
        expect(await rollupRows(t.tenantId)).toEqual(await recount(t.tenantId));
      }),
      { numRuns: 15 },
    );
  });
});
