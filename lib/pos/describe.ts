// Plain-language summaries for lists and the printed coupon (pure).
import type { CouponCategory } from "@/lib/offers/category-schema";
import { MAIN_CURRENCY } from "@/lib/money/currency";

function productsText(filter: { productIds?: string[]; categories?: string[] } | undefined): string {
  if (!filter) return "";
  const parts = [...(filter.productIds ?? []), ...(filter.categories ?? []).map((c) => `category ${c}`)];
  return parts.join(", ");
}

export function describeAward(award: CouponCategory, currency: string): string {
  const amount = (value: number) => `${value} ${currency}`;
  switch (award.kind) {
    case "CartLevelPercentage":
      return `${award.discount}% off ${award.products ? productsText(award.products) : "the whole purchase"}`;
    case "CartLevelFixed":
      return `${amount(award.discount)} off ${award.products ? productsText(award.products) : "the whole purchase"}`;
    case "ProductLevelPercentage":
      return `${award.discount}% off ${productsText(award.products)}`;
    case "ProductLevelFixed":
      return `${amount(award.discount)} off each of ${productsText(award.products)}`;
    case "BogoPercentage":
      return `Buy ${award.buy.quantity}, get ${award.get.quantity} at ${award.discount}% off (${productsText(award.get.products)})`;
    case "BogoFixed":
      return `Buy ${award.buy.quantity}, get ${award.get.quantity} with ${amount(award.discount)} off (${productsText(award.get.products)})`;
    case "FreeShipping":
      return award.shippingOptions?.length ? `Free shipping (${award.shippingOptions.join(", ")})` : "Free shipping";
    default: {
      const unknown: never = award;
      return String(unknown);
    }
  }
}

/** `currency`: the tenant's main currency, the one money thresholds are compared in. */
export function describeThreshold(
  rule: { printedAutomaticallyInPOS: boolean; threshold: string | null; measure: string; thresholdType: string; promptCashier: boolean },
  currency = MAIN_CURRENCY,
): string {
  if (!rule.printedAutomaticallyInPOS) return "Issued by the cashier";
  const value = rule.threshold === null ? null : rule.measure === "points" ? `${rule.threshold} points` : `${rule.threshold} ${currency}`;
  const subject =
    rule.thresholdType === "points_amt"
      ? "customer's lifetime total"
      : rule.measure === "points"
        ? "points earned on this sale"
        : "this sale";
  const condition = value === null ? "every sale" : `${subject} ≥ ${value}`;
  return `Automatic: ${condition}${rule.promptCashier ? ", cashier asked" : ""}`;
}

export function describeScope(scope: { warehouseID: string | null; storeGroup: string | null }): string {
  if (scope.warehouseID) return `Store ${scope.warehouseID}`;
  if (scope.storeGroup) return `Group ${scope.storeGroup}`;
  return "All stores";
}

/** "2026-12-31 23:59" from naive local text, for people. */
export function localText(naive: string | null): string {
  return naive ? naive.slice(0, 16).replace("T", " ") : "";
}
