// Redemptions (and their discount amount) per local hour, day, week or month, from the hourly rollup.
import { hourBuckets } from "@/lib/analytics/buckets";
import { sumUsageByHour } from "@/lib/analytics/queries/charts";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, RedemptionsOverTime } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

export async function getRedemptionsOverTime(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<RedemptionsOverTime> {
  const range = await resolveRange(tenantId, query, now);
  const hours = await sumUsageByHour(driver(), tenantId, {
    ...range,
    offerId: query.offerId,
    storeId: query.storeId,
    channel: query.channel,
  });
  const index = hourBuckets(range.fromHour, range.toHour, range.granularity, range.zone);
  const points = new Map(index.buckets.map((b) => [b.key, { bucket: b.key, start: b.start, redemptions: 0, amountMinor: 0 }]));
  for (const row of hours) {
    const point = points.get(index.keyOf.get(row.hour) ?? "");
    if (!point) continue;
    point.redemptions += row.redemptions;
    point.amountMinor += row.amountMinor;
  }
  return { range: rangeView(range), points: [...points.values()] };
}
