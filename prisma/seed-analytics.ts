// 90 days of demo usage for the analytics charts: ~60,000 redemptions of the demo coupons (with their
// discount amounts) across stores and channels (more in the afternoon, at weekends and for the big
// offers, ~3 % reverted), POS printed coupons issued and redeemed per store, and pricing outcomes per
// hour (one offer refused mostly for its minimum, so the dashboard shows the dominant-reason alert). Rows go in by multi-row INSERTs in one
// transaction, and the rollups are built from them as the job would.
import { randomUUID } from "node:crypto";
import { addBackfilledUsage } from "@/lib/analytics/add-backfilled-usage";
import { addAttemptHours, type AttemptHourDelta } from "@/lib/analytics/queries/rollups";
import type { UsageChange } from "@/lib/analytics/queries/source";
import { rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { db } from "@/lib/db/client";
import { driver, fragments, type SqlParam } from "@/lib/db/driver";

const DAYS = 90;
const HOUR_MS = 3_600_000;
const ROWS_PER_INSERT = 500;
// Store → [weight, currency, channels].
const STORES: [string, number, string, string[]][] = [
  ["berlin-mitte", 18, "EUR", ["store"]],
  ["hamburg", 12, "EUR", ["store"]],
  ["munich", 14, "EUR", ["store"]],
  ["london", 6, "EUR", ["store"]],
  ["new-york", 8, "USD", ["store"]],
  ["tokyo", 5, "JPY", ["store"]],
  ["web", 37, "EUR", ["web", "web", "mobile_ios", "mobile_android"]],
];
// Local-hour weights (a Berlin day): quiet nights, a lunch bump, a late-afternoon peak.
const HOURS = [1, 1, 0, 0, 0, 1, 2, 4, 6, 8, 10, 12, 14, 12, 11, 12, 15, 18, 17, 14, 10, 7, 4, 2];

/** mulberry32: deterministic, and unlike a plain LCG its successive draws are not visibly correlated. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A picker of `items` by weight: cumulative weights once, then a binary search per draw. */
function picker<T>(random: () => number, items: readonly T[], weight: (item: T, i: number) => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [i, item] of items.entries()) cumulative.push((total += weight(item, i)));
  return () => {
    const pick = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > pick) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

export async function seedDemoAnalytics(tenantId: string, now = new Date(), redemptions = 60_000): Promise<void> {
  const random = sequence(7);
  const codes = await db().couponCode.findMany({
    where: { tenantId },
    select: { id: true, code: true, offerId: true },
    orderBy: { code: "asc" },
  });
  const byOffer = new Map<string, typeof codes>();
  for (const c of codes) byOffer.set(c.offerId, [...(byOffer.get(c.offerId) ?? []), c]);
  const offers = [...byOffer.keys()].sort();
  const start = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - DAYS * 24 * HOUR_MS;
  const changes: UsageChange[] = [];
  const rows: SqlParam[][] = [];
  const pickDay = picker(
    random,
    Array.from({ length: DAYS }, (_, d) => d),
    (d) => {
      const weekday = new Date(start + d * 24 * HOUR_MS).getUTCDay();
      return (weekday === 6 || weekday === 0 ? 1.5 : 1) * (0.6 + (0.8 * d) / DAYS);
    },
  );
  const pickHour = picker(
    random,
    HOURS.map((_, h) => h),
    (h) => HOURS[h],
  );
  const pickStore = picker(random, STORES, (s) => s[1]);
  const pickOffer = picker(random, offers, (_, k) => 1 / (k + 1));
  for (let i = 0; i < redemptions; i++) {
    const day = pickDay();
    const hour = pickHour();
    const createdAt = new Date(start + day * 24 * HOUR_MS + (hour - 1) * HOUR_MS + Math.floor(random() * HOUR_MS));
    if (createdAt.getTime() > now.getTime() - 60_000) continue;
    const [storeId, , currency, channels] = pickStore();
    const offerId = pickOffer();
    const offerCodes = byOffer.get(offerId)!;
    const code = offerCodes[Math.floor(random() * offerCodes.length)];
    const channel = channels[Math.floor(random() * channels.length)];
    const reverted = random() < 0.03;
    const revertedAt = reverted
      ? new Date(Math.min(createdAt.getTime() + 60_000 + Math.floor(random() * HOUR_MS), now.getTime() - 60_000))
      : null;
    const orderId = `demo-order-${i}`;
    const catalogTotal = Math.round(2_000 + random() * 20_000);
    // The discount the ledger records (contract §7): about a tenth of the order, in the order's currency.
    const amount = Math.round(catalogTotal * (0.05 + random() * 0.1));
    rows.push([
      randomUUID(),
      tenantId,
      code.id,
      offerId,
      code.code,
      orderId,
      `CUST-${String(1 + (i % 30)).padStart(3, "0")}`,
      channel,
      storeId,
      catalogTotal,
      currency,
      reverted ? "reverted" : "redeemed",
      createdAt,
      revertedAt,
      amount,
    ]);
    changes.push({ tenantId, orderId, offerId, code: code.code, storeId, channel, currency, amountMinor: amount, createdAt, revertedAt });
  }
  const d = driver();
  const ts = fragments.timestamp(d.dialect);
  const row = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${ts}, ${ts}, ?)`;
  await d.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT);
      await tx.run(
        `INSERT INTO "Redemption" ("id", "tenantId", "codeId", "offerId", "code", "orderId", "consumerId", "channelType", "storeId", "catalogTotal", "currency", "status", "createdAt", "revertedAt", "amount")
         VALUES ${chunk.map(() => row).join(", ")}`,
        chunk.flat(),
      );
    }
  });
  await addBackfilledUsage(changes);
  await rollUpUsage(now);
  await seedPrintedCoupons(tenantId, now, start, random);
  await seedOutcomes(tenantId, offers, now, start, random);
}

async function seedPrintedCoupons(tenantId: string, now: Date, start: number, random: () => number): Promise<void> {
  const rule = await db().posCouponRule.findFirst({ where: { tenantId }, select: { id: true, createdBy: true } });
  if (!rule) return;
  const pickStore = picker(
    random,
    STORES.filter(([id]) => id !== "web"),
    (s) => s[1],
  );
  const data = Array.from({ length: 3_000 }, (_, i) => {
    const [storeId] = pickStore();
    const issuedAt = new Date(start + Math.floor(random() * (now.getTime() - start - 3_600_000)));
    const redeemed = random() < 0.38;
    const redeemedAt = redeemed
      ? new Date(Math.min(issuedAt.getTime() + Math.floor(random() * 14 * 24 * HOUR_MS), now.getTime() - 60_000))
      : null;
    return {
      tenantId,
      couponRuleId: rule.id,
      uniqueIdentifier: `DEMO${String(i + 1).padStart(8, "0")}`,
      status: redeemed ? "REDEEMED" : "ACTIVE",
      isPrintedAutomatically: true,
      issuedAt,
      issuedStoreId: storeId,
      redeemedAt,
      redeemedStoreId: redeemed ? storeId : null,
      createdBy: rule.createdBy,
    };
  });
  for (let i = 0; i < data.length; i += ROWS_PER_INSERT) await db().issuedCoupon.createMany({ data: data.slice(i, i + ROWS_PER_INSERT) });
}

async function seedOutcomes(tenantId: string, offers: string[], now: Date, start: number, random: () => number): Promise<void> {
  const picky = await db().offer.findFirst({ where: { tenantId, name: "Welcome 10%" }, select: { id: true } });
  const reasons = ["minimum_not_reached", "currency_not_allowed", "expired", "store_not_allowed", "redemption_limit_reached"];
  const deltas: AttemptHourDelta[] = [];
  const hours = Math.floor((now.getTime() - start) / HOUR_MS);
  for (let h = 0; h < hours; h++) {
    const hour = Math.floor(start / HOUR_MS) + h;
    const busy = HOURS[new Date(hour * HOUR_MS).getUTCHours()];
    if (busy === 0) continue;
    for (const offerId of offers.slice(0, 6)) {
      deltas.push({ tenantId, hour, offerId, outcome: "applied", count: busy * 2 + Math.floor(random() * 5) });
      const reason = offerId === picky?.id ? "minimum_not_reached" : reasons[Math.floor(random() * reasons.length)];
      deltas.push({
        tenantId,
        hour,
        offerId,
        outcome: reason,
        count: Math.max(1, Math.round(busy * (offerId === picky?.id ? 1.2 : 0.3) * random())),
      });
    }
    if (random() < 0.5) deltas.push({ tenantId, hour, offerId: "", outcome: "not_found", count: 1 + Math.floor(random() * busy) });
  }
  await driver().transaction((tx) => addAttemptHours(tx, deltas));
}
