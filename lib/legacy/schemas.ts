// NewStore's legacy Coupons API (v0), reference §7 and contract §6: discount rules, coupon definitions and
// templates (one label namespace per tenant), and coupons. One schema per body, shared by the REST routes,
// the console forms and the OpenAPI document. Field names stay NewStore's (snake_case) so integrations
// written against v0 send the same bodies to us unchanged.
import { z } from "zod";
import { CurrencyCode, ExternalId } from "@/lib/catalog/schemas";
import { CodePrefix } from "@/lib/codes/code-rules";
import { PageQuery } from "@/lib/http/pagination";
import { fitsMinorUnit } from "@/lib/money/currency";
import { parseOfferDate } from "@/lib/offers/dates";
import { identifier, text } from "@/lib/validation/text";
import { MAX_PATTERN_LENGTH } from "./code-pattern";

export const LEGACY_CHANNEL_TYPES = ["web", "mobile", "mobile_ios", "mobile_android", "store"] as const;
export const LegacyChannelType = z.enum(LEGACY_CHANNEL_TYPES, { error: `channel_types may hold only ${LEGACY_CHANNEL_TYPES.join(", ")}` });
export const MAX_CHANNEL_TYPES = 5;

const Label = identifier("label").min(1, "label must not be empty").max(200, "label must be at most 200 characters");
const Description = text("description")
  .trim()
  .min(1, "description must not be empty when given")
  .max(2000, "description must be at most 2000 characters");
export const Pattern = text("pattern")
  .min(1, "pattern must not be empty")
  .max(MAX_PATTERN_LENGTH, `pattern must be at most ${MAX_PATTERN_LENGTH} characters`);

/** An instant with an offset or Z, as NewStore's samples write them (`2017-10-23T06:00:00.000Z`). */
const Instant = (field: string) =>
  text(field).refine((value) => parseOfferDate(value.replace(/\.\d{1,3}(?=Z|[+-]\d{2}:\d{2}$)/, ""))?.offset != null, {
    error: `${field} must be a date-time with an offset or Z, such as 2017-10-23T06:00:00.000Z`,
  });

const NonNegativeAmount = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .min(0, `${field} must be at least 0`)
    .max(1_000_000_000, `${field} must be at most 1000000000`);

export const ValidFromRule = z.strictObject({
  label: z.literal("valid_from"),
  values: z.strictObject({ valid_from: Instant("valid_from") }),
});
export const ValidToRule = z.strictObject({ label: z.literal("valid_to"), values: z.strictObject({ valid_to: Instant("valid_to") }) });
export const ConsumerRule = z.strictObject({
  label: z.literal("restricted_to_consumer_id"),
  values: z.strictObject({
    consumer_id: identifier("consumer_id").min(1, "consumer_id must not be empty").max(200, "consumer_id must be at most 200 characters"),
  }),
});
export const MinimalOrderTotalRule = z.strictObject({
  label: z.literal("minimal_order_total_before_discount"),
  values: z
    .strictObject({ amount: NonNegativeAmount("amount"), currency: CurrencyCode })
    .refine((v) => fitsMinorUnit(v.amount, v.currency), { error: "amount has more decimals than the currency allows", path: ["amount"] }),
});

const RULE_LABELS = ["valid_from", "valid_to", "restricted_to_consumer_id", "minimal_order_total_before_discount"] as const;
export const ValidationRule = z.discriminatedUnion("label", [ValidFromRule, ValidToRule, ConsumerRule, MinimalOrderTotalRule], {
  error: (issue) => (issue.code === "invalid_union" ? `label must be one of ${RULE_LABELS.join(", ")}` : undefined),
});
export type ValidationRule = z.infer<typeof ValidationRule>;

function rulesList(allowMinimalOrderTotal: boolean) {
  return z
    .array(ValidationRule, { error: "validation_rules must be a list of rules" })
    .max(RULE_LABELS.length, `validation_rules holds at most ${RULE_LABELS.length} rules, one of each label`)
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((rule, index) => {
        if (seen.has(rule.label)) ctx.addIssue({ code: "custom", path: [index, "label"], message: `${rule.label} is given twice` });
        seen.add(rule.label);
        if (!allowMinimalOrderTotal && rule.label === "minimal_order_total_before_discount") {
          ctx.addIssue({
            code: "custom",
            path: [index, "label"],
            message: "minimal_order_total_before_discount is set on templates and coupons, not on definitions",
          });
        }
      });
    });
}
export const DefinitionRules = rulesList(false);
export const CouponRules = rulesList(true);

/** A deprecated v0 amount: `{ value, currency }`, in major units. */
export const MonetaryAmount = z
  .strictObject({ value: NonNegativeAmount("value"), currency: CurrencyCode })
  .refine((v) => fitsMinorUnit(v.value, v.currency), { error: "value has more decimals than the currency allows", path: ["value"] });

export const CouponDefinitionInput = z.strictObject({
  label: Label,
  pattern: Pattern,
  validation_rules: DefinitionRules.optional(),
  discount_rule_id: identifier("discount_rule_id")
    .min(1, "discount_rule_id must not be empty")
    .max(200, "discount_rule_id must be at most 200 characters"),
  channel_types: z
    .array(LegacyChannelType)
    .max(MAX_CHANNEL_TYPES, `channel_types holds at most ${MAX_CHANNEL_TYPES} values`)
    .refine((values) => new Set(values).size === values.length, "channel_types lists a value twice")
    .optional(),
  max_redemptions: z
    .number({ error: "max_redemptions must be a number" })
    .int("max_redemptions must be a whole number")
    .min(1, "max_redemptions must be at least 1")
    .max(2_000_000_000, "max_redemptions must be at most 2000000000")
    .optional(),
});
export type CouponDefinitionInput = z.infer<typeof CouponDefinitionInput>;

export const CouponTemplateInput = z.strictObject({
  label: Label,
  pattern: Pattern,
  validation_rules: CouponRules.optional(),
  amount: MonetaryAmount.optional(),
});
export type CouponTemplateInput = z.infer<typeof CouponTemplateInput>;

export const LegacyCouponCreateInput = z.strictObject({
  label: text("label").trim().max(200, "label must be at most 200 characters").optional(),
  template_label: Label,
  validation_rules: CouponRules.optional(),
  /** Deprecated in v0: the amount comes from the discount rule, and may not override the definition's. */
  amount: MonetaryAmount.optional(),
  /** Deprecated in v0: attach discount rules on the definition. */
  discount_rule_id: identifier("discount_rule_id").min(1).max(200).optional(),
});
export type LegacyCouponCreateInput = z.infer<typeof LegacyCouponCreateInput>;

export const LegacyCouponUpdateInput = z
  .strictObject({
    is_enabled: z.boolean({ error: "is_enabled must be true or false" }).optional(),
    validation_rules: CouponRules.optional(),
  })
  .refine((body) => body.is_enabled !== undefined || body.validation_rules !== undefined, "Send is_enabled, validation_rules or both");
export type LegacyCouponUpdateInput = z.infer<typeof LegacyCouponUpdateInput>;

export const DISCOUNT_SCOPES = ["order", "item", "shipping"] as const;

const DiscountRuleFields = {
  label: Label,
  description: Description.optional(),
  scope: z.enum(DISCOUNT_SCOPES, { error: `scope must be one of ${DISCOUNT_SCOPES.join(", ")}` }),
  currency: CurrencyCode,
  priority: z
    .number({ error: "priority must be a number" })
    .int("priority must be a whole number")
    .min(0, "priority must be at least 0")
    .max(1_000_000, "priority must be at most 1000000")
    .default(0),
  minimum_order_amount: NonNegativeAmount("minimum_order_amount").optional(),
  shipping_price_limit: NonNegativeAmount("shipping_price_limit").optional(),
  items: z.array(ExternalId).max(1000, "items holds at most 1000 product ids").optional(),
  categories: z
    .array(identifier("categories").min(1, "a category must not be empty").max(100, "a category must be at most 100 characters"))
    .max(200, "categories holds at most 200 categories")
    .optional(),
};

const FixedDiscountRule = z.strictObject({ ...DiscountRuleFields, type: z.literal("fixed"), amount: NonNegativeAmount("amount") });
const PercentageDiscountRule = z.strictObject({
  ...DiscountRuleFields,
  type: z.literal("percentage"),
  percentage: z
    .number({ error: "percentage must be a number" })
    .gt(0, "percentage must be greater than 0")
    .max(100, "percentage must be at most 100"),
});

function checkDiscountRule(rule: z.output<typeof FixedDiscountRule> | z.output<typeof PercentageDiscountRule>, ctx: z.RefinementCtx) {
  if (rule.scope === "item" && !rule.items?.length && !rule.categories?.length) {
    ctx.addIssue({
      code: "custom",
      path: ["items"],
      message: "An item-scope rule names at least one product id in items or one category in categories",
    });
  }
  if (rule.type === "fixed" && !fitsMinorUnit(rule.amount, rule.currency))
    ctx.addIssue({ code: "custom", path: ["amount"], message: `amount has more decimals than ${rule.currency} allows` });
  for (const field of ["minimum_order_amount", "shipping_price_limit"] as const) {
    const value = rule[field];
    if (value !== undefined && !fitsMinorUnit(value, rule.currency))
      ctx.addIssue({ code: "custom", path: [field], message: `${field} has more decimals than ${rule.currency} allows` });
  }
  if (rule.shipping_price_limit !== undefined && rule.scope !== "shipping")
    ctx.addIssue({
      code: "custom",
      path: ["shipping_price_limit"],
      message: "shipping_price_limit applies to shipping-scope rules only",
    });
}

export const DiscountRuleInput = z
  .discriminatedUnion("type", [FixedDiscountRule, PercentageDiscountRule], {
    error: (issue) => (issue.code === "invalid_union" ? "type must be fixed or percentage" : undefined),
  })
  .superRefine(checkDiscountRule);
export type DiscountRuleInput = z.infer<typeof DiscountRuleInput>;

// List queries (console and the v0 GET lists), paged as contract §1.3.

export const DiscountRuleListQuery = PageQuery.extend({
  q: text("q").trim().max(100, "q must be at most 100 characters").optional(),
  scope: z.enum(DISCOUNT_SCOPES, { error: `scope must be one of ${DISCOUNT_SCOPES.join(", ")}` }).optional(),
});
export type DiscountRuleListQuery = z.infer<typeof DiscountRuleListQuery>;

export const TEMPLATE_KINDS = ["definition", "template"] as const;
export const TemplateListQuery = PageQuery.extend({
  q: text("q").trim().max(100, "q must be at most 100 characters").optional(),
  kind: z.enum(TEMPLATE_KINDS, { error: "kind must be definition or template" }).optional(),
  discount_rule_id: identifier("discount_rule_id").max(200, "discount_rule_id must be at most 200 characters").optional(),
});
export type TemplateListQuery = z.infer<typeof TemplateListQuery>;

/** Codes are at most 64 code characters; `filter[code]` takes up to 100 of them. */
const CouponCodeFilterItem = CodePrefix.min(1, "filter[code] must not be empty");
export const MAX_CODE_FILTER = 100;
export const CouponCodeFilter = z.array(CouponCodeFilterItem).max(MAX_CODE_FILTER, `filter[code] takes at most ${MAX_CODE_FILTER} codes`);

export const CouponListQuery = PageQuery.extend({
  template_id: identifier("template_id").max(200, "template_id must be at most 200 characters").optional(),
  code: CodePrefix.optional().describe("Codes starting with this text (console search)"),
  enabled: z.enum(["true", "false"], { error: "enabled must be true or false" }).optional(),
});
export type CouponListQuery = z.infer<typeof CouponListQuery>;
