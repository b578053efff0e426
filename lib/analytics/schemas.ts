// The analytics contract: one filter for every chart (REST query, console search params) and the
// answer of each chart, shared by the routes, the console and OpenAPI.
import { z } from "zod";
import { GRANULARITIES } from "@/lib/analytics/buckets";
import { identifier, text } from "@/lib/validation/text";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const instant = (field: string) =>
  text(field)
    .regex(INSTANT, `${field} must be an ISO 8601 instant with an offset, e.g. 2026-12-01T00:00:00Z`)
    .refine((v) => !Number.isNaN(Date.parse(v)), `${field} is not a real date`);

/** The longest range a chart covers. */
export const MAX_RANGE_DAYS = 400;

export const AnalyticsQuery = z
  .strictObject({
    offerId: identifier("offerId").max(64, "offerId must be at most 64 characters").optional(),
    storeId: identifier("storeId").max(64, "storeId must be at most 64 characters").optional(),
    channel: identifier("channel").max(30, "channel must be at most 30 characters").optional(),
    from: instant("from").optional().describe("Start of the range (inclusive); default: 30 days before `to`"),
    to: instant("to").optional().describe("End of the range (exclusive); default: now"),
    granularity: z.enum(GRANULARITIES, { error: `granularity must be one of ${GRANULARITIES.join(", ")}` }).default("day"),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to))
      ctx.addIssue({ code: "custom", path: ["from"], message: "from must be before to" });
    if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > MAX_RANGE_DAYS * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["to"], message: `The range covers at most ${MAX_RANGE_DAYS} days` });
  });
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

const Range = z.object({
  from: z.string().describe("ISO instant, inclusive"),
  to: z.string().describe("ISO instant, exclusive"),
  timeZone: z.string().describe("The tenant's zone: buckets are its local hours, days, Monday weeks or months"),
  granularity: z.enum(GRANULARITIES),
});

const BucketPoint = z.object({
  bucket: z.string().describe("Local label of the bucket"),
  start: z.string().describe("ISO instant the bucket starts"),
});

export const RedemptionsOverTime = z.object({
  range: Range,
  points: z.array(BucketPoint.extend({ redemptions: z.number().int(), amountMinor: z.number().int() })),
});
export type RedemptionsOverTime = z.infer<typeof RedemptionsOverTime>;

export const RejectionsByReason = z.object({
  range: Range,
  reasons: z.array(z.string()).describe("Reasons present in the range, most frequent first"),
  points: z.array(BucketPoint.extend({ attempts: z.number().int(), counts: z.record(z.string(), z.number().int()) })),
});
export type RejectionsByReason = z.infer<typeof RejectionsByReason>;

const Ranked = z.object({ id: z.string(), label: z.string(), redemptions: z.number().int() });
export const TopItems = z.object({ range: Range, items: z.array(Ranked) });
export type TopItems = z.infer<typeof TopItems>;

export const UsageSplit = z.object({ range: Range, by: z.enum(["store", "channel"]), items: z.array(Ranked) });
export type UsageSplit = z.infer<typeof UsageSplit>;

export const PrintedCoupons = z.object({
  range: Range,
  items: z.array(z.object({ storeId: z.string(), label: z.string(), issued: z.number().int(), redeemed: z.number().int() })),
});
export type PrintedCoupons = z.infer<typeof PrintedCoupons>;

export const AnalyticsAlert = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("expiring"), offerId: z.string(), family: z.string(), name: z.string(), endsAt: z.string() }),
  z.object({
    kind: z.literal("dominant_rejection"),
    offerId: z.string(),
    family: z.string(),
    name: z.string(),
    reason: z.string(),
    share: z.number().describe("Share of the offer's attempts in the last 7 days, 0–1"),
    attempts: z.number().int(),
  }),
  z.object({
    kind: z.literal("budget"),
    offerId: z.string(),
    family: z.string(),
    name: z.string(),
    currency: z.string(),
    threshold: z.union([z.literal(80), z.literal(95)]).describe("The highest threshold passed: 80 % or 95 % of the budget"),
    usedShare: z.number().describe("Spent (and held) in the current limit window ÷ the budget"),
    spentMinor: z.number().int(),
    budgetMinor: z.number().int(),
    window: z.enum(["day", "week", "month"]).nullable(),
  }),
]);
export const AnalyticsAlerts = z.object({ alerts: z.array(AnalyticsAlert) });
export type AnalyticsAlert = z.infer<typeof AnalyticsAlert>;

export const BUDGET_PROJECTION_METHOD =
  "Linear: the budget left divided by the average spend per hour over the last 7 days (rolled-up ledger amounts).";

const BudgetBurn = z.object({
  currency: z.string(),
  budgetMinor: z.number().int().describe("limits.budget in minor units of the currency"),
  window: z.enum(["day", "week", "month"]).nullable().describe("The limit window (contract §7); null: the offer's lifetime"),
  windowStart: z.string().nullable().describe("First local day of the current window"),
  spentMinor: z.number().int().describe("Given and held (reservations) in the current window: the limit's own counter"),
  remainingMinor: z.number().int(),
  usedShare: z.number().describe("spentMinor / budgetMinor"),
  recentPerDayMinor: z.number().int().describe("Average spend per day over the last 7 days"),
  projectedExhaustion: z
    .string()
    .nullable()
    .describe("When the budget runs out at the recent rate; null when it does not within the current window, or nothing is spent"),
  burnDown: z
    .array(z.object({ bucket: z.string(), remainingMinor: z.number().int().nullable() }))
    .describe("Budget left at the end of each bucket (null before the current window)"),
});

export const DiscountCost = z.object({
  range: Range,
  currencies: z.array(z.string()).describe("Currencies with a cost in the range, or a budget"),
  points: z.array(
    BucketPoint.extend({ costMinor: z.record(z.string(), z.number().int()).describe("Discount given per currency, minor units") }),
  ),
  budgets: z.array(BudgetBurn).describe("The offer's budgets (only with offerId)"),
  method: z.string().describe("How projectedExhaustion is computed"),
});
export type DiscountCost = z.infer<typeof DiscountCost>;
export type BudgetBurn = z.infer<typeof BudgetBurn>;

const OrderFigure = z.object({
  orders: z.number().int(),
  valueMinor: z.number().int().describe("Sum of the orders' values (catalogTotal, else the cart's subtotal), minor units"),
  averageMinor: z.number().int().nullable().describe("valueMinor / orders, rounded half up; null without orders"),
});
export type OrderFigure = z.infer<typeof OrderFigure>;

export const AverageOrderValue = z.object({
  range: Range,
  offerId: z.string().nullable().describe("The offer compared over time (the offerId filter); null: only the top offers' comparison"),
  currencies: z.array(z.string()).describe("Currencies with orders in the range, most orders first"),
  points: z.array(
    BucketPoint.extend({
      values: z
        .record(z.string(), z.object({ all: OrderFigure, with: OrderFigure.nullable(), without: OrderFigure.nullable() }))
        .describe("Per currency: every order, the offer's orders and the others (with and without: only with offerId)"),
    }),
  ),
  offers: z
    .array(z.object({ offerId: z.string(), label: z.string(), currency: z.string(), with: OrderFigure, without: OrderFigure }))
    .describe("Over the whole range, per currency: the offer (with offerId) or the offers used by the most orders"),
});
export type AverageOrderValue = z.infer<typeof AverageOrderValue>;
