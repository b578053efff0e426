// Discount cost (the ledger's amounts, per currency) per local hour, day, week or month from the hourly
// rollup, and with an offer: its budgets' burn-down and the projected date each runs out.
import { hourBuckets, type Bucket } from "@/lib/analytics/buckets";
import { burnBudgets } from "@/lib/analytics/budget-burn";
import { sumCostByHour } from "@/lib/analytics/queries/budgets";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import { BUDGET_PROJECTION_METHOD, type AnalyticsQuery, type DiscountCost } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

export async function getDiscountCost(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<DiscountCost> {
  const range = await resolveRange(tenantId, query, now);
  const rows = await sumCostByHour(driver(), tenantId, {
    ...range,
    offerId: query.offerId,
    storeId: query.storeId,
    channel: query.channel,
  });
  const index = hourBuckets(range.fromHour, range.toHour, range.granularity, range.zone);
  const points = new Map(index.buckets.map((b) => [b.key, { ...b, costMinor: {} as Record<string, number> }]));
  const currencies = new Set<string>();
  for (const row of rows) {
    const point = points.get(index.keyOf.get(row.hour) ?? "");
    if (!point) continue;
    point.costMinor[row.currency] = (point.costMinor[row.currency] ?? 0) + row.amountMinor;
    currencies.add(row.currency);
  }
  const ordered: (Bucket & { costMinor: Record<string, number> })[] = [...points.values()];
  const budgets = query.offerId ? await burnBudgets(tenantId, query.offerId, range.zone, ordered, now) : [];
  for (const b of budgets) currencies.add(b.currency);
  return {
    range: rangeView(range),
    currencies: [...currencies].sort(),
    points: ordered.map((p) => ({ bucket: p.key, start: p.start, costMinor: p.costMinor })),
    budgets,
    method: BUDGET_PROJECTION_METHOD,
  };
}
