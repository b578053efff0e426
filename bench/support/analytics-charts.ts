// The chart operations bench:analytics times: the page's default view (30 days by day, whole tenant)
// and one offer's panel, through the same functions as the page and the REST routes.
import type { Seeded } from "@/bench/support/analytics-seed";
import { getAverageOrderValue } from "@/lib/analytics/get-average-order-value";
import { getDiscountCost } from "@/lib/analytics/get-discount-cost";
import { getPrintedCoupons } from "@/lib/analytics/get-printed-coupons";
import { getRedemptionsOverTime } from "@/lib/analytics/get-redemptions-over-time";
import { getRejectionsByReason } from "@/lib/analytics/get-rejections-by-reason";
import { getTopCodes } from "@/lib/analytics/get-top-codes";
import { getTopOffers } from "@/lib/analytics/get-top-offers";
import { getUsageSplit } from "@/lib/analytics/get-usage-split";
import { listAnalyticsAlerts } from "@/lib/analytics/list-analytics-alerts";
import type { AnalyticsQuery } from "@/lib/analytics/schemas";

export function chartOperations(seeded: Seeded, now: Date): Record<string, () => Promise<unknown>> {
  const tenantId = seeded.t.tenantId;
  const page: AnalyticsQuery = {
    granularity: "day",
    from: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
    to: now.toISOString(),
  };
  const panel: AnalyticsQuery = { ...page, offerId: seeded.offerIds[0] };
  const hourly: AnalyticsQuery = { ...page, granularity: "hour", from: new Date(now.getTime() - 7 * 86_400_000).toISOString() };
  return {
    redemptions: () => getRedemptionsOverTime(tenantId, page, now),
    redemptions_hourly_7d: () => getRedemptionsOverTime(tenantId, hourly, now),
    redemptions_offer: () => getRedemptionsOverTime(tenantId, panel, now),
    discount_cost: () => getDiscountCost(tenantId, page, now),
    discount_cost_offer: () => getDiscountCost(tenantId, { ...page, offerId: seeded.budgetOfferId }, now),
    rejections: () => getRejectionsByReason(tenantId, page, now),
    rejections_offer: () => getRejectionsByReason(tenantId, panel, now),
    top_offers: () => getTopOffers(tenantId, page, now),
    top_codes: () => getTopCodes(tenantId, page, now),
    top_codes_offer: () => getTopCodes(tenantId, panel, now),
    stores: () => getUsageSplit(tenantId, page, "store", now),
    stores_offer: () => getUsageSplit(tenantId, panel, "store", now),
    channels: () => getUsageSplit(tenantId, page, "channel", now),
    channels_offer: () => getUsageSplit(tenantId, panel, "channel", now),
    printed_coupons: () => getPrintedCoupons(tenantId, page, now),
    average_order_value: () => getAverageOrderValue(tenantId, page, now),
    average_order_value_offer: () => getAverageOrderValue(tenantId, panel, now),
    average_order_value_store: () => getAverageOrderValue(tenantId, { ...panel, storeId: "store-3" }, now),
    alerts: () => listAnalyticsAlerts(tenantId, now),
  };
}
