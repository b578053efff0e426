// Output schemas of the legacy v0 API: what the view mappers (views.ts) return, what OpenAPI documents,
// and what a PUT may echo back. Answers are bare objects (reference §7), in NewStore's snake_case;
// money in major units as the bodies carry it.
import { z } from "zod";
import { acceptingReadOnlyFields } from "@/lib/http/read-only-fields";
import { CouponDefinitionInput, DISCOUNT_SCOPES, DiscountRuleInput, LEGACY_CHANNEL_TYPES, ValidationRule } from "@/lib/legacy/schemas";

export const LabelledView = z.object({ id: z.string(), label: z.string() }).describe("The created object's id and label");
export type LabelledView = z.output<typeof LabelledView>;

const stamps = { created_at: z.string(), updated_at: z.string() };

export const DiscountRuleView = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string().optional(),
  scope: z.enum(DISCOUNT_SCOPES),
  type: z.enum(["fixed", "percentage"]),
  amount: z.number().optional().describe("Fixed rules: the amount taken off, major units of `currency`"),
  percentage: z.number().optional().describe("Percentage rules: the share taken off, 0 < percentage ≤ 100"),
  currency: z.string(),
  priority: z.number().int().describe("Higher first among legacy coupons of the same kind"),
  minimum_order_amount: z.number().optional(),
  shipping_price_limit: z.number().optional(),
  items: z.array(z.string()),
  categories: z.array(z.string()),
  ...stamps,
});
export type DiscountRuleView = z.output<typeof DiscountRuleView>;

const DISCOUNT_RULE_READ_ONLY = ["id", "created_at", "updated_at"] as const;

/** PUT takes the rule body, and may echo the read-only fields of the GET answer (they are ignored). */
export const DiscountRulePut = z.preprocess((body) => {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const rest: Record<string, unknown> = { ...body };
  for (const key of DISCOUNT_RULE_READ_ONLY) delete rest[key];
  return rest;
}, DiscountRuleInput);

const Capacity = z
  .string()
  .regex(/^\d+$/)
  .describe("A count as decimal digits: patterns can describe more codes than a JSON number holds exactly");

export const CouponDefinitionView = z.object({
  id: z.string(),
  label: z.string(),
  pattern: z.string(),
  validation_rules: z.array(ValidationRule),
  discount_rule_id: z.string(),
  max_redemptions: z.number().int().optional(),
  channel_types: z.array(z.enum(LEGACY_CHANNEL_TYPES)).optional(),
  pattern_capacity: Capacity.describe("How many distinct codes the pattern can produce"),
  coupons_count: z.number().int().describe("Coupons generated from this definition"),
  codes_remaining: Capacity.describe(
    "pattern_capacity minus coupons_count: at most this many more coupons (v1 codes or other definitions' coupons that fit the pattern take room too)",
  ),
  ...stamps,
});
export type CouponDefinitionView = z.output<typeof CouponDefinitionView>;

/** PUT takes the definition body, and may echo the read-only fields of the GET answer. */
export const CouponDefinitionPut = acceptingReadOnlyFields(CouponDefinitionInput, CouponDefinitionView);

export const LegacyCouponView = z.object({
  id: z.string(),
  label: z.string().nullable(),
  code: z.string(),
  is_enabled: z.boolean(),
  template_label: z.string().describe("The definition or template the coupon was generated from"),
  validation_rules: z.array(ValidationRule).describe("The coupon's own rules; its definition's apply as well (reference §11.6)"),
  redemptions: z.number().int(),
  max_redemptions: z.number().int().nullable(),
  created_at: z.string(),
});
export type LegacyCouponView = z.output<typeof LegacyCouponView>;
