// Checks shared by definitions, templates and coupons before they are written: the one label namespace
// (409), the referenced discount rule, rules that contradict each other (reference §11.6, 400 naming the
// rule), and a minimal order total in the currency the coupon's discount is taken in.
import type { Tx } from "@/lib/db/client";
import { AppError, type ErrorCause } from "@/lib/errors";
import type { LegacyDiscountRule } from "@/lib/generated/sqlite/client";
import { combineRules } from "@/lib/legacy/combine-rules";
import { findDiscountRule, findTemplateByLabel } from "@/lib/legacy/queries";
import type { ValidationRule } from "@/lib/legacy/schemas";

export async function assertLabelFree(tx: Tx, tenantId: string, label: string, ownId?: string): Promise<void> {
  const holder = await findTemplateByLabel(tx, tenantId, label);
  if (holder && holder.id !== ownId)
    throw new AppError("conflict", `The label ${label} is already used by a coupon ${holder.kind}`, {
      causes: [
        {
          field: "label",
          message: `label ${label} is used by coupon ${holder.kind} ${holder.id}; definitions and templates share one label namespace`,
          code: "duplicate",
        },
      ],
    });
}

export async function discountRuleOrThrow(tx: Tx, tenantId: string, id: string, field = "discount_rule_id"): Promise<LegacyDiscountRule> {
  const rule = await findDiscountRule(tx, tenantId, id);
  if (!rule) throw AppError.field(field, `Discount rule ${id} does not exist`, "not_found");
  return rule;
}

/** A definition's or template's own rules must not contradict each other (valid_from after valid_to). */
export function assertRulesConsistent(rules: readonly ValidationRule[], field = "validation_rules"): void {
  const combined = combineRules([], rules, field);
  if (!combined.ok) throw AppError.validation(combined.causes, `${field} contradict each other`);
}

/** The coupon's rules combined with its template's (§11.6); conflicts answer 400 naming the coupon's rule. */
export function combinedRulesOrThrow(
  templateRules: readonly ValidationRule[],
  couponRules: readonly ValidationRule[],
  field = "validation_rules",
) {
  const combined = combineRules(templateRules, couponRules, field);
  if (!combined.ok) throw AppError.validation(combined.causes, "The coupon's validation rules conflict with its definition's");
  return combined.rules;
}

/** A minimal order total can only be compared with carts in the currency the discount is taken in. */
export function minimumCurrencyCauses(
  rules: readonly ValidationRule[],
  discountCurrency: string | null,
  field = "validation_rules",
): ErrorCause[] {
  if (!discountCurrency) return [];
  return rules.flatMap((rule, index) =>
    rule.label === "minimal_order_total_before_discount" && rule.values.currency !== discountCurrency
      ? [
          {
            field: `${field}[${index}].values.currency`,
            message: `The coupon's discount is in ${discountCurrency}, so its minimal order total must be too (got ${rule.values.currency})`,
            code: "currency_mismatch",
          },
        ]
      : [],
  );
}
