// Rejections per reason and bucket (a stacked chart), with the attempts (applied + rejected) of each
// bucket, from the hourly outcome counts. Store and channel are not part of those counts.
import { hourBuckets } from "@/lib/analytics/buckets";
import { sumAttemptsByHour } from "@/lib/analytics/queries/charts";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, RejectionsByReason } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

export async function getRejectionsByReason(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<RejectionsByReason> {
  const range = await resolveRange(tenantId, query, now);
  const rows = await sumAttemptsByHour(driver(), tenantId, {
    fromHour: range.fromHour,
    toHour: range.toHour,
    offerId: query.offerId,
  });
  const index = hourBuckets(range.fromHour, range.toHour, range.granularity, range.zone);
  const points = new Map(
    index.buckets.map((b) => [b.key, { bucket: b.key, start: b.start, attempts: 0, counts: {} as Record<string, number> }]),
  );
  const totals = new Map<string, number>();
  for (const row of rows) {
    const point = points.get(index.keyOf.get(row.hour) ?? "");
    if (!point) continue;
    point.attempts += row.count;
    if (row.outcome === "applied") continue;
    point.counts[row.outcome] = (point.counts[row.outcome] ?? 0) + row.count;
    totals.set(row.outcome, (totals.get(row.outcome) ?? 0) + row.count);
  }
  const reasons = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason]) => reason);
  return { range: rangeView(range), reasons, points: [...points.values()] };
}
