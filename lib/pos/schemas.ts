// Zod contracts of the POS (Erply-style) resources: campaigns, coupon rules, issued coupons and the
// print decision. One schema per contract, shared by the console forms, server actions and the REST API.
// Field names follow the reference (§9.2 saveCoupon: warehouseID, storeGroup, campaignID, …).
// Empty text means "not set", so HTML forms and API clients can clear optional fields alike.
import { z } from "zod";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { Limits } from "@/lib/limits/schemas";
import { CouponCategory, FIXED_KINDS } from "@/lib/offers/category-schema";
import { minorUnitsMessage } from "@/lib/offers/offer-rules";
import { CurrencyCode } from "@/lib/offers/schemas";
import { DecimalText } from "@/lib/pos/decimal";
import { campaignWindow, LocalDate, LocalTime } from "@/lib/pos/local-dates";
import { identifier, text } from "@/lib/validation/text";

const ID_PATTERN = /^[A-Za-z0-9._:-]*$/;

/** true/false, or Erply's 1/0. */
export const Flag = (field: string) =>
  z
    .union([z.boolean(), z.literal(0), z.literal(1)], { error: `${field} must be true or false (or 1 or 0)` })
    .transform((value) => value === true || value === 1);

const Name = text("name").trim().min(1, "name is required").max(120, "name must be at most 120 characters");

const OptionalText = (field: string, max: number) =>
  text(field)
    .trim()
    .max(max, `${field} must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => value || null);

/** A store, store group, customer, campaign or rule id (as chosen by the retailer or generated). */
export const OptionalId = (field: string) =>
  identifier(field)
    .max(64, `${field} must be at most 64 characters`)
    .regex(ID_PATTERN, `${field} may contain only letters, digits, dot, underscore, colon and hyphen`)
    .nullable()
    .optional()
    .transform((value) => value || null);

const emptyToNull = (value: unknown) => (value === "" ? null : value);
const OptionalDate = (field: string) =>
  z.preprocess(emptyToNull, LocalDate(field).nullable().optional()).transform((value) => value ?? null);
const OptionalTime = (field: string) =>
  z.preprocess(emptyToNull, LocalTime(field).nullable().optional()).transform((value) => value ?? null);
const OptionalDecimal = (field: string) =>
  z.preprocess(emptyToNull, DecimalText(field).nullable().optional()).transform((value) => value ?? null);

const Version = text("version", { error: "version is required: send the version you read last" })
  .min(1, "version is required: send the version you read last")
  .max(100);

/** Reference §12 Q22 (and Erply's campaign error 1110): one store restriction only, both fields named. */
function oneStoreScope(input: { warehouseID: string | null; storeGroup: string | null }, ctx: z.RefinementCtx, what: string): void {
  if (!input.warehouseID || !input.storeGroup) return;
  const message = `Give either warehouseID or storeGroup, not both: ${what} is restricted to one store or one store group`;
  ctx.addIssue({ code: "custom", path: ["warehouseID"], message });
  ctx.addIssue({ code: "custom", path: ["storeGroup"], message });
}

// ---------------------------------------------------------------------------------------- campaigns

/** The campaign's own fields (the draft routes extend them, lib/versions/draft-schemas.ts). */
export const CampaignFields = z.strictObject({
  name: Name,
  type: z
    .literal("coupon", { error: 'type must be "coupon": POS campaigns here apply when a printed coupon is scanned' })
    .default("coupon"),
  startDate: LocalDate("startDate"),
  startTime: OptionalTime("startTime"),
  endDate: OptionalDate("endDate"),
  endTime: OptionalTime("endTime"),
  enabled: Flag("enabled").default(true),
  warehouseID: OptionalId("warehouseID"),
  storeGroup: OptionalId("storeGroup"),
  // The award is a coupon category: the same schema (and messages) as coupons, bundles excluded.
  category: CouponCategory,
  currency: CurrencyCode.default("EUR"),
  /** Contract §7: uses, per customer, budget and window, as on coupons. */
  limits: Limits.nullable().optional(),
});

type CampaignShape = z.output<typeof CampaignFields>;

export function campaignRules(input: CampaignShape, ctx: z.RefinementCtx): void {
  oneStoreScope(input, ctx, "a campaign");
  if (input.endTime && !input.endDate) ctx.addIssue({ code: "custom", path: ["endTime"], message: "endTime needs an endDate" });
  const { validFrom, validTo } = campaignWindow(input);
  if (validTo !== null && validTo < validFrom) {
    ctx.addIssue({
      code: "custom",
      path: [input.endDate === input.startDate ? "endTime" : "endDate"],
      message: "The campaign must end after it starts",
    });
  }
  const problem =
    "discount" in input.category && FIXED_KINDS.includes(input.category.kind)
      ? minorUnitsMessage(input.currency, input.category.discount)
      : null;
  if (problem) ctx.addIssue({ code: "custom", path: ["category", "discount"], message: problem });
}

export const CampaignInput = CampaignFields.superRefine(campaignRules);
export type CampaignInput = z.output<typeof CampaignInput>;
export const CampaignUpdate = CampaignFields.extend({ version: Version }).superRefine(campaignRules);
export type CampaignUpdate = z.output<typeof CampaignUpdate>;

// ------------------------------------------------------------------------------------- coupon rules

export const MEASURES = ["dollars", "points"] as const;
export const THRESHOLD_TYPES = ["this_sale", "points_amt"] as const;

const CouponRuleFields = z.strictObject({
  name: Name,
  code: OptionalText("code", 40),
  description: OptionalText("description", 500),
  issuedFromDate: OptionalDate("issuedFromDate"),
  issuedUntilDate: OptionalDate("issuedUntilDate"),
  warehouseID: OptionalId("warehouseID"),
  storeGroup: OptionalId("storeGroup"),
  campaignID: OptionalId("campaignID"),
  printedAutomaticallyInPOS: Flag("printedAutomaticallyInPOS").default(false),
  threshold: OptionalDecimal("threshold"),
  measure: z.enum(MEASURES, { error: `measure must be one of ${MEASURES.join(", ")}` }).default("dollars"),
  thresholdType: z.enum(THRESHOLD_TYPES, { error: `thresholdType must be one of ${THRESHOLD_TYPES.join(", ")}` }).default("this_sale"),
  promptCashier: Flag("promptCashier").default(false),
  printingCostInRewardPoints: z
    .number({ error: "printingCostInRewardPoints must be a whole number of points" })
    .int("printingCostInRewardPoints must be a whole number of points")
    .min(0, "printingCostInRewardPoints must be zero or more")
    .max(1_000_000_000, "printingCostInRewardPoints must be at most 1000000000")
    .default(0),
});

type CouponRuleShape = z.output<typeof CouponRuleFields>;

function couponRuleRules(input: CouponRuleShape, ctx: z.RefinementCtx): void {
  oneStoreScope(input, ctx, "a coupon rule");
  // Reference §9.2 / §12 Q27: asking the cashier only makes sense when the till prints by itself.
  if (input.promptCashier && !input.printedAutomaticallyInPOS) {
    ctx.addIssue({
      code: "custom",
      path: ["promptCashier"],
      message: "promptCashier needs printedAutomaticallyInPOS: the till can only ask about coupons it would print automatically",
    });
  }
  if (input.issuedFromDate && input.issuedUntilDate && input.issuedUntilDate < input.issuedFromDate) {
    ctx.addIssue({ code: "custom", path: ["issuedUntilDate"], message: "issuedUntilDate must not be before issuedFromDate" });
  }
}

export const CouponRuleInput = CouponRuleFields.superRefine(couponRuleRules);
export type CouponRuleInput = z.output<typeof CouponRuleInput>;
export const CouponRuleUpdate = CouponRuleFields.extend({ version: Version }).superRefine(couponRuleRules);
export type CouponRuleUpdate = z.output<typeof CouponRuleUpdate>;

// ----------------------------------------------------------------------------------- issued coupons

/** Erply's offline POS writes serials of up to 20 digits; we also accept letters and hyphens (Code 128 prints them). */
export const Serial = identifier("uniqueIdentifier")
  .min(1, "uniqueIdentifier must not be empty")
  .max(20, "uniqueIdentifier must be at most 20 characters")
  .regex(/^[A-Za-z0-9-]+$/, "uniqueIdentifier may contain only digits, letters and hyphens");
export const SERIAL_PATTERN = /^[A-Za-z0-9-]{1,20}$/;

const Context = {
  storeId: OptionalId("storeId"),
  pointOfSaleId: OptionalText("pointOfSaleId", 64),
  employeeId: OptionalText("employeeId", 64),
  customerId: OptionalId("customerId"),
  invoiceId: OptionalText("invoiceId", 64),
};

export const IssueCouponInput = z
  .strictObject({
    couponRuleId: identifier("couponRuleId", { error: "couponRuleId is required" })
      .min(1, "couponRuleId is required")
      .max(64, "couponRuleId must be at most 64 characters"),
    uniqueIdentifier: z.preprocess(emptyToNull, Serial.nullable().optional()).transform((value) => value ?? null),
    ...Context,
    expiryDate: OptionalDate("expiryDate"),
    isPrintedAutomatically: Flag("isPrintedAutomatically").default(false),
  })
  .superRefine((input, ctx) => {
    // Reference §9.4: on create either the serial or the till must be given.
    if (!input.uniqueIdentifier && !input.pointOfSaleId) {
      const message = "Give uniqueIdentifier or pointOfSaleId (the till that printed the coupon)";
      ctx.addIssue({ code: "custom", path: ["uniqueIdentifier"], message });
      ctx.addIssue({ code: "custom", path: ["pointOfSaleId"], message });
    }
  });
export type IssueCouponInput = z.output<typeof IssueCouponInput>;

const Lookup = identifier("uniqueIdentifier", { error: "uniqueIdentifier is required" })
  .min(1, "uniqueIdentifier is required")
  .max(64, "uniqueIdentifier must be at most 64 characters");

export const VerifyIssuedCouponInput = z.strictObject({ uniqueIdentifier: Lookup, storeId: OptionalId("storeId") });
export type VerifyIssuedCouponInput = z.output<typeof VerifyIssuedCouponInput>;

export const RedeemIssuedCouponInput = z.strictObject({
  uniqueIdentifier: Lookup,
  ...Context,
  /**
   * Contract §5/§7: the sale (the §4 cart request), priced at call time so the discount the coupon's
   * campaign gives is recorded in its ledger and counted against its budget; a campaign with a budget
   * requires it.
   */
  cart: CartRequestSchema.optional().describe(
    "The sale as a cart (the POST /api/v1/promotions/cart body), priced with this coupon to record its campaign's discount; required when the campaign has a budget",
  ),
});
export type RedeemIssuedCouponInput = z.output<typeof RedeemIssuedCouponInput>;

// ---------------------------------------------------------------------------------- print decision

const IsoInstant = text("at")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: "at must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00+01:00",
    abort: true,
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), "at is not a real date and time");

export const EvaluateSaleInput = z.strictObject({
  storeId: identifier("storeId", { error: "storeId is required" })
    .min(1, "storeId is required")
    .max(64, "storeId must be at most 64 characters"),
  customerId: OptionalId("customerId"),
  saleTotal: z
    .number({ error: "saleTotal must be a number (major units, e.g. 250.00)" })
    .min(0, "saleTotal must be zero or more")
    .max(1_000_000_000, "saleTotal must be at most 1000000000"),
  rewardPointsEarned: z
    .number({ error: "rewardPointsEarned must be a number" })
    .min(0, "rewardPointsEarned must be zero or more")
    .max(1_000_000_000, "rewardPointsEarned must be at most 1000000000")
    .optional(),
  currency: CurrencyCode.default("EUR"),
  at: IsoInstant.optional(),
});
export type EvaluateSaleInput = z.output<typeof EvaluateSaleInput>;
