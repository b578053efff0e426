// A chart's range from its query: `to` defaults to now and `from` to 30 days before it; `from` moves back
// to the start of its bucket in the tenant's zone, so the first day (week, month) is a whole one.
import { approximateBucketCount, bucketOf, HOUR_MS, MAX_BUCKETS, type Granularity } from "@/lib/analytics/buckets";
import { tenantTimeZone } from "@/lib/analytics/queries/charts";
import type { AnalyticsQuery } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { pickTimeZone } from "@/lib/pricing/time";

export const DEFAULT_RANGE_DAYS = 30;

export type ChartRange = {
  from: Date;
  to: Date;
  zone: string;
  granularity: Granularity;
  fromHour: number;
  toHour: number;
};

export async function resolveRange(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<ChartRange> {
  const zone = pickTimeZone(await tenantTimeZone(driver(), tenantId));
  const to = query.to ? new Date(query.to) : now;
  const requestedFrom = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_RANGE_DAYS * 86_400_000);
  const from = new Date(bucketOf(requestedFrom.getTime(), query.granularity, zone).start);
  const fromHour = Math.floor(from.getTime() / HOUR_MS);
  const toHour = Math.ceil(to.getTime() / HOUR_MS);
  if (approximateBucketCount(fromHour, toHour, query.granularity) > MAX_BUCKETS)
    throw AppError.field(
      "granularity",
      `The range makes more than ${MAX_BUCKETS} ${query.granularity} buckets: choose a coarser granularity or a shorter range`,
    );
  return { from, to, zone, granularity: query.granularity, fromHour, toHour };
}

export function rangeView(range: ChartRange) {
  return { from: range.from.toISOString(), to: range.to.toISOString(), timeZone: range.zone, granularity: range.granularity };
}
