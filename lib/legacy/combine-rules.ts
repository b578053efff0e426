// A legacy coupon's effective validation rules: its definition's (or template's) combined with its own,
// by reference §11.6. A coupon may only narrow what its definition allows; where it would widen it, or
// contradicts it, the combination is a conflict that names the coupon's rule.
import type { ErrorCause } from "@/lib/errors";
import type { ValidationRule } from "./schemas";

export type EffectiveRules = {
  /** Instants as written (with an offset or Z). */
  validFrom?: string;
  validTo?: string;
  consumerId?: string;
  minimalOrderTotal?: { amount: number; currency: string };
};

export type CombinedRules = { ok: true; rules: EffectiveRules } | { ok: false; causes: ErrorCause[] };

type RuleOf<L extends ValidationRule["label"]> = Extract<ValidationRule, { label: L }>;

function find<L extends ValidationRule["label"]>(
  rules: readonly ValidationRule[],
  label: L,
): { rule: RuleOf<L>; index: number } | undefined {
  const index = rules.findIndex((rule) => rule.label === label);
  return index < 0 ? undefined : { rule: rules[index] as RuleOf<L>, index };
}

/** `field` prefixes the causes' paths: the coupon's rules arrive as `validation_rules` in v0 bodies. */
export function combineRules(
  definitionRules: readonly ValidationRule[],
  couponRules: readonly ValidationRule[],
  field = "validation_rules",
): CombinedRules {
  const causes: ErrorCause[] = [];
  const conflict = (index: number, value: string, message: string) =>
    causes.push({ field: `${field}[${index}].values.${value}`, message, code: "rule_conflict" });
  const rules: EffectiveRules = {};

  const defFrom = find(definitionRules, "valid_from")?.rule.values.valid_from;
  const ownFrom = find(couponRules, "valid_from");
  rules.validFrom = defFrom;
  if (ownFrom) {
    const own = ownFrom.rule.values.valid_from;
    if (defFrom && Date.parse(own) < Date.parse(defFrom))
      conflict(
        ownFrom.index,
        "valid_from",
        `valid_from ${own} is earlier than the definition's ${defFrom}; a coupon may only narrow its dates`,
      );
    else rules.validFrom = own;
  }

  const defTo = find(definitionRules, "valid_to")?.rule.values.valid_to;
  const ownTo = find(couponRules, "valid_to");
  rules.validTo = defTo;
  if (ownTo) {
    const own = ownTo.rule.values.valid_to;
    if (defTo && Date.parse(own) > Date.parse(defTo))
      conflict(ownTo.index, "valid_to", `valid_to ${own} is later than the definition's ${defTo}; a coupon may only narrow its dates`);
    else rules.validTo = own;
  }
  if (causes.length === 0 && rules.validFrom && rules.validTo && Date.parse(rules.validFrom) > Date.parse(rules.validTo)) {
    const at = ownTo ?? ownFrom;
    causes.push({
      field: at ? `${field}[${at.index}].values.${at.rule.label}` : field,
      message: `The coupon would be valid from ${rules.validFrom} to ${rules.validTo}: valid_from is after valid_to`,
      code: "rule_conflict",
    });
  }

  const defConsumer = find(definitionRules, "restricted_to_consumer_id")?.rule.values.consumer_id;
  const ownConsumer = find(couponRules, "restricted_to_consumer_id");
  rules.consumerId = defConsumer;
  if (ownConsumer) {
    const own = ownConsumer.rule.values.consumer_id;
    if (defConsumer && defConsumer !== own)
      conflict(
        ownConsumer.index,
        "consumer_id",
        `The definition restricts its coupons to consumer ${defConsumer}; this coupon cannot name ${own}`,
      );
    else rules.consumerId = own;
  }

  const defMinimum = find(definitionRules, "minimal_order_total_before_discount")?.rule.values;
  const ownMinimum = find(couponRules, "minimal_order_total_before_discount")?.rule.values;
  // The coupon's minimum overrides; in the same currency the higher one holds, so a coupon never lowers the bar.
  if (defMinimum && ownMinimum && defMinimum.currency === ownMinimum.currency)
    rules.minimalOrderTotal = defMinimum.amount > ownMinimum.amount ? defMinimum : ownMinimum;
  else rules.minimalOrderTotal = ownMinimum ?? defMinimum;

  for (const key of Object.keys(rules) as (keyof EffectiveRules)[]) if (rules[key] === undefined) delete rules[key];
  return causes.length > 0 ? { ok: false, causes } : { ok: true, rules };
}
