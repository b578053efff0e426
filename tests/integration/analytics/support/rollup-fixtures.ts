// Shared by the analytics rollup tests: a tenant with three coupons and two stores, a rollup run over
// everything committed so far, and the rollups' rows beside a recount of the same rows from the ledger.
import { HOUR_MS } from "@/lib/analytics/buckets";
import { LAG_MS, rollUpUsage, type RollUpLimits } from "@/lib/analytics/roll-up-usage";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const cartLevel = { kind: "CartLevelPercentage" as const, discount: 10 };
export const CODES = ["ALPHA", "BETA", "GAMMA"];
export const STORES = ["north", "south"];
export const CHANNELS = ["web", "store"];

/**
 * Rolls up everything committed so far (the run's window ends LAG_MS before the `now` it is given, exclusive):
 * a write of the current millisecond (a revert just before the run) would fall in the next window, so the clock
 * moves on first.
 */
export const rollUpNow = async (limits?: RollUpLimits) => {
  const last = Date.now();
  while (Date.now() === last) await new Promise((resolve) => setTimeout(resolve, 1));
  return rollUpUsage(new Date(Date.now() + LAG_MS), limits);
};

export async function setUp(): Promise<{ t: TestTenant; offers: Record<string, string> }> {
  const t = await makeTenant({ timeZone: "UTC" });
  for (const id of STORES) await db().store.create({ data: { tenantId: t.tenantId, id, name: `Store ${id}` } });
  const offers: Record<string, string> = {};
  for (const code of CODES)
    offers[code] = await makeOffer(t.tenantId, {
      family: "coupon",
      name: `Offer ${code}`,
      category: cartLevel,
      codes: [code],
      currencies: [{ code: "EUR" }, { code: "USD" }],
    });
  return { t, offers };
}

/** Every grain's non-zero usage rows, as text. */
export async function rollupRows(tenantId: string) {
  const rows = await db().analyticsUsageHour.findMany({
    where: { tenantId, OR: [{ redemptions: { not: 0 } }, { amountMinor: { not: 0 } }] },
  });
  return rows
    .map((r) => `${r.grain}|${r.hour}|${r.offerId}|${r.storeId}|${r.channel}|${r.currency}|${r.redemptions}|${r.amountMinor}`)
    .sort();
}

/** Adds one to the count and `value` to the sum of `key`; answers the map as sorted text rows. */
function tally() {
  const counts = new Map<string, [number, number]>();
  return {
    add(key: string, value: number) {
      const [n, sum] = counts.get(key) ?? [0, 0];
      counts.set(key, [n + 1, sum + value]);
    },
    rows: () => [...counts].map(([key, [n, sum]]) => `${key}|${n}|${sum}`).sort(),
  };
}

/** The same rows counted from the ledger: the rows holding a use (redeemed, or reserved and not released). */
export async function recount(tenantId: string) {
  const rows = await db().redemption.findMany({ where: { tenantId, status: { in: ["redeemed", "reserved"] } } });
  const t = tally();
  for (const r of rows) {
    const hour = Math.floor(r.createdAt.getTime() / HOUR_MS);
    const [store, channel, currency, amount] = [r.storeId ?? "", r.channelType ?? "", r.currency ?? "", r.amount ?? 0];
    t.add(`full|${hour}|${r.offerId}|${store}|${channel}|${currency}`, amount);
    t.add(`offer|${hour}|${r.offerId}|||${currency}`, amount);
    t.add(`store|${hour}||${store}||${currency}`, amount);
    t.add(`channel|${hour}|||${channel}|${currency}`, amount);
    t.add(`all|${hour}||||${currency}`, amount);
  }
  return t.rows();
}

/** The order rollup's non-zero rows, as text. */
export async function orderRows(tenantId: string) {
  const rows = await db().analyticsOrderHour.findMany({ where: { tenantId, OR: [{ orders: { not: 0 } }, { valueMinor: { not: 0 } }] } });
  return rows.map((r) => `${r.grain}|${r.hour}|${r.offerId}|${r.storeId}|${r.channel}|${r.currency}|${r.orders}|${r.valueMinor}`).sort();
}

/**
 * The order rollup recounted: each order with a live valued use (a redeemed or reserved ledger row with
 * its value) or a no-offer cart, once under "" and once per offer it uses, in its earliest live use's
 * hour, store, channel and currency, at every grain.
 */
export async function recountOrders(tenantId: string) {
  type Use = { offerId: string | null; createdAt: Date; store: string; channel: string; currency: string; value: number };
  const uses = new Map<string, Use[]>();
  const push = (orderId: string, use: Use) => uses.set(orderId, [...(uses.get(orderId) ?? []), use]);
  const rows = await db().redemption.findMany({
    where: { tenantId, status: { in: ["redeemed", "reserved"] }, catalogTotal: { not: null }, currency: { not: null } },
  });
  for (const r of rows)
    push(r.orderId, {
      offerId: r.offerId,
      createdAt: r.createdAt,
      store: r.storeId ?? "",
      channel: r.channelType ?? "",
      currency: r.currency!,
      value: r.catalogTotal!,
    });
  for (const c of await db().orderCart.findMany({ where: { tenantId, valueMinor: { not: null } } })) {
    const request = JSON.parse(c.request) as { currency: string; storeId?: string; channelType?: string };
    push(c.orderId, {
      offerId: null,
      createdAt: c.createdAt,
      store: request.storeId ?? "",
      channel: request.channelType ?? "",
      currency: request.currency,
      value: c.valueMinor!,
    });
  }
  const t = tally();
  for (const list of uses.values()) {
    const first = [...list].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
    const hour = Math.floor(first.createdAt.getTime() / HOUR_MS);
    const offers = new Set(list.flatMap((u) => (u.offerId === null ? [] : [u.offerId])));
    for (const offerId of ["", ...offers]) {
      t.add(`all|${hour}|${offerId}|||${first.currency}`, first.value);
      t.add(`store|${hour}|${offerId}|${first.store}||${first.currency}`, first.value);
      t.add(`channel|${hour}|${offerId}||${first.channel}|${first.currency}`, first.value);
      t.add(`full|${hour}|${offerId}|${first.store}|${first.channel}|${first.currency}`, first.value);
    }
  }
  return t.rows();
}
