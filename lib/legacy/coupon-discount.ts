// Which discount a new coupon takes (reference §7.4): its definition's discount rule, else its template's
// amount; only a template with neither lets the coupon bring one of its own (the deprecated
// `discount_rule_id` or `amount`). A coupon may repeat its template's discount but never override it
// (§11.6: 400 naming the field).
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { LegacyTemplate } from "@/lib/generated/sqlite/client";
import { toMajor, toMinor } from "@/lib/money/currency";
import type { LegacyCouponCreateInput } from "@/lib/legacy/schemas";
import { discountRuleOrThrow } from "@/lib/legacy/template-checks";

export type CouponDiscount = {
  /** The currency the discount is taken in: the cart must be in it. */
  currency: string;
  /** What the coupon stores of its own (only when its template has no discount). */
  own: { discountRuleId: string | null; amount: number | null; currency: string | null };
};

const NOTHING_OWN = { discountRuleId: null, amount: null, currency: null };

export async function resolveCouponDiscount(tx: Tx, template: LegacyTemplate, input: LegacyCouponCreateInput): Promise<CouponDiscount> {
  const { discount_rule_id: ruleId, amount } = input;
  if (template.discountRuleId) {
    if (ruleId !== undefined && ruleId !== template.discountRuleId)
      throw AppError.field(
        "discount_rule_id",
        `${template.label} applies discount rule ${template.discountRuleId}; a coupon cannot override its definition's rule`,
        "cannot_override",
      );
    if (amount !== undefined)
      throw AppError.field(
        "amount",
        `The amount of ${template.label}'s coupons comes from its discount rule; a coupon cannot override it`,
        "cannot_override",
      );
    const rule = await discountRuleOrThrow(tx, template.tenantId, template.discountRuleId, "template_label");
    return { currency: rule.currency, own: NOTHING_OWN };
  }
  if (template.amount !== null && template.currency !== null) {
    const same =
      amount !== undefined && amount.currency === template.currency && toMinor(amount.value, amount.currency) === template.amount;
    if (amount !== undefined && !same)
      throw AppError.field(
        "amount",
        `${template.label} gives ${toMajor(template.amount, template.currency)} ${template.currency}; a coupon cannot override its template's amount`,
        "cannot_override",
      );
    if (ruleId !== undefined)
      throw AppError.field(
        "discount_rule_id",
        `${template.label} gives a fixed amount; a coupon cannot add a discount rule`,
        "cannot_override",
      );
    return { currency: template.currency, own: NOTHING_OWN };
  }
  if (ruleId !== undefined && amount !== undefined)
    throw AppError.field("amount", "Send either discount_rule_id or amount, not both", "one_of");
  if (ruleId !== undefined) {
    const rule = await discountRuleOrThrow(tx, template.tenantId, ruleId);
    return { currency: rule.currency, own: { ...NOTHING_OWN, discountRuleId: rule.id } };
  }
  if (amount !== undefined)
    return {
      currency: amount.currency,
      own: { discountRuleId: null, amount: toMinor(amount.value, amount.currency), currency: amount.currency },
    };
  throw AppError.field(
    "amount",
    `${template.label} has no discount rule and no amount, so its coupons need an amount (or a discount_rule_id) of their own`,
    "required",
  );
}

/** A template whose coupons all take its own discount, so they can be generated in bulk. */
export function templateHasDiscount(template: Pick<LegacyTemplate, "discountRuleId" | "amount">): boolean {
  return template.discountRuleId !== null || template.amount !== null;
}
