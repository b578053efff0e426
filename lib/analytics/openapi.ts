// OpenAPI registration of GET /api/v1/analytics/... (issue 14): every chart's figures with one filter.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { BEARER, errorResponses, jsonResponse, named } from "@/lib/openapi/registry";
import {
  AnalyticsAlerts,
  AnalyticsQuery,
  AverageOrderValue,
  DiscountCost,
  PrintedCoupons,
  RedemptionsOverTime,
  RejectionsByReason,
  TopItems,
  UsageSplit,
} from "@/lib/analytics/schemas";

const CHARTS: { path: string; summary: string; answer: z.ZodType; name: string }[] = [
  {
    path: "redemptions",
    summary: "Redemptions per local hour, day, week or month",
    answer: RedemptionsOverTime,
    name: "AnalyticsRedemptions",
  },
  {
    path: "discount-cost",
    summary:
      "Discount given per currency and bucket (the ledger's amounts); with offerId, each budget's burn-down and the projected date it runs out (linear on the last 7 days)",
    answer: DiscountCost,
    name: "AnalyticsDiscountCost",
  },
  {
    path: "rejections",
    summary: "Pricing rejections per reason and bucket (store and channel filters do not apply)",
    answer: RejectionsByReason,
    name: "AnalyticsRejections",
  },
  { path: "top-offers", summary: "The offers redeemed most", answer: TopItems, name: "AnalyticsTopItems" },
  {
    path: "top-codes",
    summary: "The codes redeemed most (store and channel filters do not apply)",
    answer: TopItems,
    name: "AnalyticsTopItems",
  },
  { path: "stores", summary: "Redemptions split by store", answer: UsageSplit, name: "AnalyticsSplit" },
  { path: "channels", summary: "Redemptions split by channel", answer: UsageSplit, name: "AnalyticsSplit" },
  {
    path: "average-order-value",
    summary:
      "Average order value per currency: with offerId, the offer's orders against the other orders per bucket; always, the offers used by the most orders (or the chosen one) with and without them over the range. Reverted orders are left out",
    answer: AverageOrderValue,
    name: "AnalyticsAverageOrderValue",
  },
  {
    path: "printed-coupons",
    summary: "POS printed coupons issued and redeemed, by issuing store",
    answer: PrintedCoupons,
    name: "AnalyticsPrintedCoupons",
  },
];

export function registerAnalyticsRoutes(registry: OpenAPIRegistry): void {
  const tags = ["Analytics"];
  for (const chart of CHARTS) {
    registry.registerPath({
      method: "get",
      path: `/api/v1/analytics/${chart.path}`,
      tags,
      summary: chart.summary,
      description:
        "Figures come from rollups at most 60 s old. Buckets are in the tenant's time zone; `from` moves back to the start of its bucket.",
      security: BEARER,
      request: { query: AnalyticsQuery },
      responses: { 200: jsonResponse("The chart's data", named(chart.name, chart.answer)), ...errorResponses(400) },
    });
  }
  registry.registerPath({
    method: "get",
    path: "/api/v1/analytics/alerts",
    tags,
    summary:
      "Budgets past 80 % or 95 % in their current window, offers ending within 7 days, and offers whose attempts one reject reason dominates (> 30 % of at least 20 in 7 days)",
    security: BEARER,
    responses: { 200: jsonResponse("The alerts", named("AnalyticsAlerts", AnalyticsAlerts)), ...errorResponses() },
  });
}
