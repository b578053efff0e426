// Stored legacy rows as the v0 API and the console show them (never the raw rows): minor units back to
// major units, JSON columns read defensively.
import { readStringList } from "@/lib/catalog/products/product-view";
import type { LegacyDiscountRule, LegacyTemplate } from "@/lib/generated/sqlite/client";
import { toMajor } from "@/lib/money/currency";
import { ValidationRule } from "@/lib/legacy/schemas";
import type { CouponDefinitionView, DiscountRuleView, LegacyCouponView } from "@/lib/legacy/view-schemas";

export type { CouponDefinitionView, DiscountRuleView, LegacyCouponView };

/** The rule objects stored with a definition, template or coupon (written through the same schema). */
export function readRules(value: unknown): ValidationRule[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((rule) => {
    const parsed = ValidationRule.safeParse(rule);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toDiscountRuleView(row: LegacyDiscountRule): DiscountRuleView {
  const major = (minor: number | null) => (minor === null ? undefined : toMajor(minor, row.currency));
  const view: DiscountRuleView = {
    id: row.id,
    label: row.label,
    scope: row.scope as DiscountRuleView["scope"],
    type: row.type as DiscountRuleView["type"],
    currency: row.currency,
    priority: row.priority,
    items: readStringList(row.items),
    categories: readStringList(row.categories),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
  if (row.description !== null) view.description = row.description;
  if (row.type === "fixed") view.amount = major(row.amount ?? 0);
  else view.percentage = row.percentage ?? 0;
  if (row.minimumOrderAmount !== null) view.minimum_order_amount = major(row.minimumOrderAmount);
  if (row.shippingPriceLimit !== null) view.shipping_price_limit = major(row.shippingPriceLimit);
  return view;
}

/** `capacity` from the compiled pattern; `couponsCount` the definition's codes. */
export function toDefinitionView(row: LegacyTemplate, capacity: bigint, couponsCount: number): CouponDefinitionView {
  const view: CouponDefinitionView = {
    id: row.id,
    label: row.label,
    pattern: row.pattern,
    validation_rules: readRules(row.validationRules),
    discount_rule_id: row.discountRuleId ?? "",
    pattern_capacity: capacity.toString(),
    coupons_count: couponsCount,
    codes_remaining: (capacity > BigInt(couponsCount) ? capacity - BigInt(couponsCount) : 0n).toString(),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
  if (row.maxRedemptions !== null) view.max_redemptions = row.maxRedemptions;
  const channels = readStringList(row.channelTypes);
  if (channels.length > 0) view.channel_types = channels as CouponDefinitionView["channel_types"];
  return view;
}

export type CouponRow = {
  id: string;
  code: string;
  active: boolean;
  redemptions: number;
  maxRedemptions: number | null;
  createdAt: Date;
  templateLabel: string;
  label: string | null;
  validationRules: unknown;
};

export function toLegacyCouponView(row: CouponRow): LegacyCouponView {
  return {
    id: row.id,
    label: row.label,
    code: row.code,
    is_enabled: row.active,
    template_label: row.templateLabel,
    validation_rules: readRules(row.validationRules),
    redemptions: row.redemptions,
    max_redemptions: row.maxRedemptions,
    created_at: row.createdAt.toISOString(),
  };
}
