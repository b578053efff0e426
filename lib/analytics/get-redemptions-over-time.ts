// Redemptions (and their discount amount) per local hour, day, week or month, from the hourly rollup.
import { bucketOf, bucketsBetween, HOUR_MS } from "@/lib/analytics/buckets";
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
  const points = new Map(
    bucketsBetween(range.fromHour, range.toHour, range.granularity, range.zone).map((b) => [
      b.key,
      { bucket: b.key, start: b.start, redemptions: 0, amountMinor: 0 },
    ]),
  );
  for (const row of hours) {
    const point = points.get(bucketOf(row.hour * HOUR_MS, range.granularity, range.zone).key);
    if (!point) continue;
    point.redemptions += row.redemptions;
    point.amountMinor += row.amountMinor;
  }
  return { range: rangeView(range), points: [...points.values()] };
}
