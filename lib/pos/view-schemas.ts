// Output schemas of the POS coupons (campaigns, coupon rules, issued coupons): what the view mappers
// return (their types are z.output of these), what OpenAPI documents, and what PUT bodies may echo.
import { z } from "zod";
import { acceptingReadOnlyFields } from "@/lib/http/read-only-fields";
import { CouponCategory } from "@/lib/offers/category-schema";
import { Limits } from "@/lib/limits/schemas";
import { CampaignUpdate, CouponRuleUpdate, MEASURES, THRESHOLD_TYPES } from "@/lib/pos/schemas";
import { ISSUED_STATUSES } from "@/lib/pos/list-schemas";

const stamps = { version: z.string(), createdAt: z.string(), createdBy: z.string(), updatedAt: z.string(), updatedBy: z.string() };

export const CAMPAIGN_STATUSES = ["Draft", "Disabled", "Planned", "Active", "Expired"] as const;

export const CampaignView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.literal("coupon"),
  startDate: z.string(),
  startTime: z.string().nullable(),
  endDate: z.string().nullable(),
  endTime: z.string().nullable(),
  enabled: z.boolean(),
  warehouseID: z.string().nullable(),
  storeGroup: z.string().nullable(),
  category: CouponCategory,
  currency: z.string(),
  limits: Limits.nullable(),
  validFrom: z.string().describe("Naive local start in each store's time"),
  validTo: z.string().nullable().describe("Naive local end in each store's time, inclusive"),
  status: z.enum(CAMPAIGN_STATUSES),
  ...stamps,
});
export type CampaignView = z.output<typeof CampaignView>;

export const CouponRuleView = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  printedText: z.string().describe("What the coupon says: the description when set, else the name"),
  issuedFromDate: z.string().nullable(),
  issuedUntilDate: z.string().nullable(),
  warehouseID: z.string().nullable(),
  storeGroup: z.string().nullable(),
  campaignID: z.string().nullable(),
  printedAutomaticallyInPOS: z.boolean(),
  threshold: z.string().nullable(),
  measure: z.enum(MEASURES),
  thresholdType: z.enum(THRESHOLD_TYPES),
  promptCashier: z.boolean(),
  printingCostInRewardPoints: z.number().int(),
  ...stamps,
});
export type CouponRuleView = z.output<typeof CouponRuleView>;

const SaleContext = z.object({
  at: z.string(),
  storeId: z.string().nullable(),
  pointOfSaleId: z.string().nullable(),
  employeeId: z.string().nullable(),
  customerId: z.string().nullable(),
  invoiceId: z.string().nullable(),
});

export const IssuedCouponView = z.object({
  id: z.string(),
  uniqueIdentifier: z.string(),
  status: z.enum(ISSUED_STATUSES),
  couponRuleId: z.string(),
  couponName: z.string(),
  couponCode: z.string().nullable(),
  couponDescription: z.string().nullable(),
  printedText: z.string(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  award: z
    .object({ category: CouponCategory, currency: z.string() })
    .nullable()
    .describe("What the coupon gives when scanned: its campaign's award"),
  expiryDate: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable().describe("The earlier of the campaign's end and expiryDate, in store time"),
  isPrintedAutomatically: z.boolean(),
  printingCostInRewardPoints: z.number().int(),
  issued: SaleContext,
  redeemed: SaleContext.nullable(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type IssuedCouponView = z.output<typeof IssuedCouponView>;

// ---- PUT bodies (contract §1.4): the update schema plus the answer's read-only fields, ignored ----

export const CampaignPut = acceptingReadOnlyFields(CampaignUpdate, CampaignView);
export const CouponRulePut = acceptingReadOnlyFields(CouponRuleUpdate, CouponRuleView);

export const SaleEvaluationView = z.object({
  storeId: z.string(),
  localDate: z.string(),
  coupons: z
    .array(
      z.object({
        ruleId: z.string(),
        name: z.string(),
        printedText: z.string(),
        action: z.enum(["print", "ask_cashier"]),
        printingCostInRewardPoints: z.number().int(),
      }),
    )
    .describe("The coupons the sale prints, or asks the cashier about"),
});
export type SaleEvaluationView = z.output<typeof SaleEvaluationView>;
