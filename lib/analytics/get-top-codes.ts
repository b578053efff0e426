// The codes redeemed most in the range, from the per-day code rollup: its days are UTC days, so the
// range is read in whole UTC days around it. Store and channel are not part of that rollup.
import { DAY_MS } from "@/lib/analytics/buckets";
import { offerNames, sumCodeUses } from "@/lib/analytics/queries/charts";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, TopItems } from "@/lib/analytics/schemas";
import { TOP_LIMIT } from "@/lib/analytics/get-top-offers";
import { driver } from "@/lib/db/driver";

export async function getTopCodes(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<TopItems> {
  const range = await resolveRange(tenantId, query, now);
  const rows = await sumCodeUses(
    driver(),
    tenantId,
    { fromDay: Math.floor(range.from.getTime() / DAY_MS), toDay: Math.ceil(range.to.getTime() / DAY_MS), offerId: query.offerId },
    TOP_LIMIT,
  );
  const names = await offerNames(driver(), tenantId, [...new Set(rows.map((r) => r.offerId))]);
  return {
    range: rangeView(range),
    items: rows.map((r) => ({ id: r.code, label: `${r.code} (${names.get(r.offerId)?.name ?? r.offerId})`, redemptions: r.redemptions })),
  };
}
