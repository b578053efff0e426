// Legacy objects in words for the console (pure, client-safe): a discount rule as a sentence, a coupon's
// effective rules as lines.
import { formatMajor } from "@/lib/money/currency";
import type { EffectiveRules } from "@/lib/legacy/combine-rules";
import type { DiscountRuleView } from "@/lib/legacy/view-schemas";

export const SCOPE_LABELS: Record<DiscountRuleView["scope"], string> = { order: "Order", item: "Items", shipping: "Shipping" };

export function describeDiscountRule(
  rule: Pick<
    DiscountRuleView,
    "scope" | "type" | "amount" | "percentage" | "currency" | "items" | "categories" | "shipping_price_limit" | "minimum_order_amount"
  >,
): string {
  const off = rule.type === "fixed" ? formatMajor(rule.amount ?? 0, rule.currency, "en") : `${rule.percentage ?? 0}%`;
  const target =
    rule.scope === "order"
      ? "the order"
      : rule.scope === "shipping"
        ? `shipping${rule.shipping_price_limit !== undefined ? ` priced up to ${formatMajor(rule.shipping_price_limit, rule.currency, "en")}` : ""}`
        : [
            rule.items.length ? `items ${rule.items.join(", ")}` : "",
            rule.categories.length ? `categories ${rule.categories.join(", ")}` : "",
          ]
            .filter(Boolean)
            .join(" and ");
  const each = rule.scope === "item" && rule.type === "fixed" ? " per unit" : "";
  const minimum =
    rule.minimum_order_amount !== undefined ? `, orders from ${formatMajor(rule.minimum_order_amount, rule.currency, "en")}` : "";
  return `${off} off ${target}${each}${minimum}`;
}

export function describeEffectiveRules(rules: EffectiveRules): string[] {
  const lines: string[] = [];
  if (rules.validFrom) lines.push(`Valid from ${rules.validFrom}`);
  if (rules.validTo) lines.push(`Valid until ${rules.validTo}`);
  if (rules.consumerId) lines.push(`Only for consumer ${rules.consumerId}`);
  if (rules.minimalOrderTotal)
    lines.push(
      `Order total before discount at least ${formatMajor(rules.minimalOrderTotal.amount, rules.minimalOrderTotal.currency, "en")}`,
    );
  if (lines.length === 0) lines.push("No restrictions: valid always, for everyone");
  return lines;
}
