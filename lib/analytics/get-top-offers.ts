// The offers redeemed most in the range (with the filters), named.
import { offerNames, sumUsageBy } from "@/lib/analytics/queries/charts";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, TopItems } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

export const TOP_LIMIT = 10;

export async function getTopOffers(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<TopItems> {
  const range = await resolveRange(tenantId, query, now);
  const rows = await sumUsageBy(
    driver(),
    tenantId,
    { ...range, offerId: query.offerId, storeId: query.storeId, channel: query.channel },
    "offerId",
    TOP_LIMIT,
  );
  const names = await offerNames(
    driver(),
    tenantId,
    rows.map((r) => r.id),
  );
  return {
    range: rangeView(range),
    items: rows.map((r) => ({ id: r.id, label: names.get(r.id)?.name ?? r.id, redemptions: r.redemptions })),
  };
}
