// Everything the console's analytics page (or an offer's analytics panel) shows, from the console's
// search params: the same operations as the REST routes, run side by side.
import { approximateBucketCount, MAX_BUCKETS } from "@/lib/analytics/buckets";
import { getAverageOrderValue } from "@/lib/analytics/get-average-order-value";
import { getDiscountCost } from "@/lib/analytics/get-discount-cost";
import { getPrintedCoupons } from "@/lib/analytics/get-printed-coupons";
import { getRedemptionsOverTime } from "@/lib/analytics/get-redemptions-over-time";
import { getRejectionsByReason } from "@/lib/analytics/get-rejections-by-reason";
import { getTopCodes } from "@/lib/analytics/get-top-codes";
import { getTopOffers } from "@/lib/analytics/get-top-offers";
import { getUsageSplit } from "@/lib/analytics/get-usage-split";
import { filterChoices } from "@/lib/analytics/queries/charts";
import { AnalyticsQuery } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

export const RANGE_DAYS = [7, 30, 90, 365] as const;

export type AnalyticsSearch = { granularity?: string; days?: string; offerId?: string; storeId?: string; channel?: string };

/** The filter the console's search params describe; a value the schema refuses is dropped and named. */
export function queryFromSearch(search: AnalyticsSearch, now: Date, fixedOfferId?: string) {
  const days = RANGE_DAYS.find((d) => String(d) === search.days) ?? 30;
  const candidate = {
    granularity: search.granularity || "day",
    from: new Date(now.getTime() - days * 86_400_000).toISOString(),
    to: now.toISOString(),
    ...(fixedOfferId ? { offerId: fixedOfferId } : search.offerId ? { offerId: search.offerId } : {}),
    ...(search.storeId ? { storeId: search.storeId } : {}),
    ...(search.channel ? { channel: search.channel } : {}),
  };
  const parsed = AnalyticsQuery.safeParse(candidate);
  const hours = days * 24;
  if (parsed.success && approximateBucketCount(0, hours, parsed.data.granularity) <= MAX_BUCKETS)
    return { query: parsed.data, days, problem: null };
  if (parsed.success)
    return {
      query: { ...parsed.data, granularity: "day" as const },
      days,
      problem: `By hour covers at most ${MAX_BUCKETS} hours: showing days instead`,
    };
  const fallback = AnalyticsQuery.parse({
    granularity: "day",
    from: candidate.from,
    to: candidate.to,
    ...(fixedOfferId ? { offerId: fixedOfferId } : {}),
  });
  return { query: fallback, days, problem: parsed.error.issues.map((i) => i.message).join("; ") };
}

export async function loadAnalyticsView(tenantId: string, search: AnalyticsSearch, options: { offerId?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const { query, days, problem } = queryFromSearch(search, now, options.offerId);
  const [redemptions, cost, rejections, topOffers, topCodes, stores, channels, printed, orderValue, choices] = await Promise.all([
    getRedemptionsOverTime(tenantId, query, now),
    getDiscountCost(tenantId, query, now),
    getRejectionsByReason(tenantId, query, now),
    options.offerId ? null : getTopOffers(tenantId, query, now),
    getTopCodes(tenantId, query, now),
    getUsageSplit(tenantId, query, "store", now),
    getUsageSplit(tenantId, query, "channel", now),
    options.offerId ? null : getPrintedCoupons(tenantId, query, now),
    getAverageOrderValue(tenantId, query, now),
    filterChoices(driver(), tenantId),
  ]);
  return { query, days, problem, redemptions, cost, rejections, topOffers, topCodes, stores, channels, printed, orderValue, choices };
}
export type AnalyticsView = Awaited<ReturnType<typeof loadAnalyticsView>>;
