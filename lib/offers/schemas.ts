// Zod contracts of coupons and automatic promotions (contract §1.4, §2): request bodies, list query,
// exclusion list, and the output shapes. The console form derives its schema from the *Fields objects.
import { z } from "zod";
import { ExternalId } from "@/lib/catalog/schemas";
import { PageQuery } from "@/lib/http/pagination";
import { isKnownCurrency } from "@/lib/pricing";
import { CouponCategory, PROMOTION_KINDS, PromotionCategory } from "@/lib/offers/category-schema";
import { DATE_TIME_PATTERN, LIST_STATUSES, OFFER_STATUSES } from "@/lib/offers/dates";
import { offerRules } from "@/lib/offers/offer-rules";
import { Limits } from "@/lib/limits/schemas";
import { identifier, text } from "@/lib/validation/text";

export const OfferDate = text("Date", { error: "Enter a date and time" }).regex(
  DATE_TIME_PATTERN,
  "Use YYYY-MM-DDTHH:MM:SS, followed by Z or an offset such as +01:00 unless localizedTimezone is true",
);

export const CurrencyCode = text("Currency code", { error: "Enter a currency code" })
  .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 code in capitals, such as EUR")
  .refine((code) => !/^[A-Z]{3}$/.test(code) || isKnownCurrency(code), { message: "Not an ISO 4217 currency code" });

export const CurrencyCondition = z.strictObject({
  code: CurrencyCode,
  minimumCartValue: z
    .number({ error: "Enter a number" })
    .min(0, "The minimum cart value must be 0 or more")
    .max(1_000_000_000, "At most 1000000000")
    .optional(),
  /** Per-currency amount for fixed-amount kinds; falls back to category.discount. */
  amount: z
    .number({ error: "Enter a number" })
    .gt(0, "An amount must be greater than 0")
    .max(1_000_000_000, "At most 1000000000")
    .optional(),
});
export type CurrencyCondition = z.infer<typeof CurrencyCondition>;

export const Segment = z.strictObject({
  key: identifier("Segment key").min(1, "Segment key is required").max(100, "At most 100 characters"),
  value: text("Segment value").trim().min(1, "Segment value is required").max(200, "At most 200 characters"),
  schema: z.number().int("Must be a whole number").min(0, "Must be 0 or more").optional(),
});
export type Segment = z.infer<typeof Segment>;

const Channel = identifier("Channel").min(1, "A channel must not be empty").max(50, "At most 50 characters");

const common = {
  name: text("Name", { error: "Name is required" }).trim().min(1, "Name is required").max(200, "Name must be at most 200 characters"),
  description: text("Description").max(2000, "Description must be at most 2000 characters").default(""),
  active: z.boolean().default(false),
  localizedTimezone: z.boolean().default(false),
  validFrom: OfferDate,
  validTo: OfferDate.nullable().optional(),
  currencies: z
    .array(CurrencyCondition, { error: "List the currencies the offer applies in" })
    .min(1, "List at least one currency")
    .max(50, "At most 50 currencies"),
  stores: z.array(ExternalId).max(1000, "At most 1000 stores").default([]),
  channels: z.array(Channel).max(20, "At most 20 channels").default([]),
  exclusive: z.boolean().default(false),
  segment: Segment.nullable().optional(),
  /** Contract §7; a coupon's maxRedemptions is an alias of limits.redemptions. */
  limits: Limits.nullable().optional(),
};

export const CouponFields = z.strictObject({
  ...common,
  category: CouponCategory,
  singleUse: z.boolean().default(false),
  consumers: z.array(ExternalId).max(10_000, "At most 10000 consumers").default([]),
  maxRedemptions: z
    .number({ error: "Enter a whole number" })
    .int("Must be a whole number")
    .min(1, "Must be at least 1")
    .nullable()
    .optional(),
});

export const PromotionFields = z.strictObject({ ...common, category: PromotionCategory });

const UpdateExtras = {
  version: text("version", { error: "version is required: send the version you read last" }).min(1, "version is required"),
  /** Accepted as an echo (reference §3.3); the tenant always comes from the token. */
  tenant: text("tenant").optional(),
};

export const CouponInput = CouponFields.superRefine(offerRules);
export const CouponUpdate = CouponFields.extend(UpdateExtras).superRefine(offerRules);
export const PromotionInput = PromotionFields.superRefine(offerRules);
export const PromotionUpdate = PromotionFields.extend(UpdateExtras).superRefine(offerRules);

export type CouponInput = z.infer<typeof CouponInput>;
export type PromotionInput = z.infer<typeof PromotionInput>;
export type CouponUpdate = z.infer<typeof CouponUpdate>;
export type PromotionUpdate = z.infer<typeof PromotionUpdate>;
/** What the services take for either family; coupon-only fields are ignored for promotions. */
export type OfferInput = PromotionInput & Partial<Pick<CouponInput, "singleUse" | "consumers" | "maxRedemptions">>;

export const commaList = (what: string, allowed?: readonly string[]) =>
  text(what)
    .max(2000, `${what} must be at most 2000 characters`)
    .refine((value) => !allowed || splitList(value).every((item) => allowed.some((a) => a.toLowerCase() === item.toLowerCase())), {
      message: `${what} must be a comma-separated list of ${allowed?.join(", ")}`,
    })
    .optional();

export function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export const OFFER_SORTS = [
  "name",
  "-name",
  "updatedAt",
  "-updatedAt",
  "createdAt",
  "-createdAt",
  "validFrom",
  "-validFrom",
  "validTo",
  "-validTo",
  "status",
  "-status",
  "kind",
  "-kind",
] as const;

export const OfferListQuery = PageQuery.extend({
  name: commaList("name"),
  code: commaList("code"),
  status: commaList("status", LIST_STATUSES).describe(
    "Comma list of Draft, Disabled, Planned, Active, Expired, Exhausted (an Active offer whose limit is used up in the current window: contract §7)",
  ),
  kind: commaList("kind", PROMOTION_KINDS),
  store: ExternalId.optional(),
  product: ExternalId.optional(),
  active: z.enum(["true", "false"], { error: "active must be true or false" }).optional(),
  sort: z.enum(OFFER_SORTS, { error: `sort must be one of ${OFFER_SORTS.join(", ")}` }).optional(),
});
export type OfferListQuery = z.infer<typeof OfferListQuery>;

export const ExclusionListInput = z.strictObject({ ids: z.array(ExternalId, { error: "ids must be an array of product ids" }) });
export type ExclusionListInput = z.infer<typeof ExclusionListInput>;

/** POST /api/v1/{coupons|promotions}/bulk-activation and the lists' Enable/Disable buttons. */
export const BulkActivationInput = z.strictObject({
  ids: z.array(identifier("An offer id").min(1).max(100)).min(1, "Select at least one offer").max(100, "At most 100 at a time"),
  active: z.boolean(),
});
export type BulkActivationInput = z.infer<typeof BulkActivationInput>;

export const BulkActivationView = z.object({
  active: z.boolean(),
  changed: z.array(z.string()).describe("Ids switched by this request"),
  unchanged: z.array(z.string()).describe("Ids that were already in the requested state"),
});

// ---- Output shapes (documented in OpenAPI; the view mappers produce exactly these) ----

const ViewBase = {
  id: z.string(),
  tenant: z.string(),
  name: z.string(),
  description: z.string(),
  active: z.boolean(),
  localizedTimezone: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  currencies: z.array(CurrencyCondition),
  stores: z.array(z.string()),
  channels: z.array(z.string()),
  exclusive: z.boolean(),
  segment: Segment.nullable(),
  limits: Limits.nullable(),
  status: z.enum(OFFER_STATUSES),
  version: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
};

export const CouponView = z.object({
  ...ViewBase,
  category: CouponCategory,
  singleUse: z.boolean(),
  consumers: z.array(z.string()),
  maxRedemptions: z.number().int().nullable(),
  codesCount: z.number().int(),
  redemptionsCount: z.number().int(),
});
export type CouponView = z.infer<typeof CouponView>;

export const PromotionView = z.object({ ...ViewBase, category: PromotionCategory });
export type PromotionView = z.infer<typeof PromotionView>;
export type OfferView = PromotionView &
  Partial<Pick<CouponView, "singleUse" | "consumers" | "maxRedemptions" | "codesCount" | "redemptionsCount">>;

export const ExclusionListView = z.object({
  tenant: z.string(),
  ids: z.array(z.string()),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ExclusionListView = z.infer<typeof ExclusionListView>;
