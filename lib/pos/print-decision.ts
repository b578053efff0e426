// Which coupons a completed sale prints (reference §9.8), as a pure function over the tenant's coupon
// rules and the facts of the sale. For each rule, in creation order:
//   1. the sale's local date must lie in [issuedFromDate, issuedUntilDate] (unset bounds are open);
//   2. the sale's store must be the rule's warehouseID, or belong to its storeGroup (when set);
//   3. only rules printed automatically take part (printedAutomaticallyInPOS = 0: the cashier issues
//      by hand, whenever they choose — the threshold is inert then, §12 Q27);
//   4. the threshold must be reached: this_sale compares the sale total (dollars) or the reward points
//      earned on it (points); points_amt compares the customer's lifetime purchases (dollars) or
//      points, this sale included (Couponsmith's customer record does not yet count the sale being
//      completed). No threshold means every sale qualifies; points_amt without a customer never does;
//   5. promptCashier = 1 → "ask_cashier", else "print";
//   6. a coupon with a printing cost prints only if the customer's reward points pay for it (issuing
//      refuses otherwise: Erply 1042); several such coupons are paid in turn from the same balance.
// The printed text is the rule's description when set, else its name.
import { numberToScaled, toScaled } from "@/lib/pos/decimal";
import { printedText } from "@/lib/pos/coupon-rule-view";

export type PrintRule = {
  id: string;
  name: string;
  description: string | null;
  issuedFromDate: string | null;
  issuedUntilDate: string | null;
  warehouseID: string | null;
  storeGroup: string | null;
  printedAutomaticallyInPOS: boolean;
  threshold: string | null;
  measure: "dollars" | "points";
  thresholdType: "this_sale" | "points_amt";
  promptCashier: boolean;
  printingCostInRewardPoints: number;
};

export type CompletedSale = {
  storeId: string;
  /** The store's group, or null when it has none (or the store is unknown). */
  storeGroupId: string | null;
  /** The sale's date on the store's clock, yyyy-mm-dd. */
  localDate: string;
  /** Sale total after discounts, major units. */
  saleTotal: number;
  rewardPointsEarned: number;
  /** Known customer: lifetime purchases in major units (before this sale) and reward points balance. */
  customer: { lifetimePurchaseTotal: number; rewardPoints: number } | null;
};

export type PrintAction = "print" | "ask_cashier";

export type PrintDecision = {
  ruleId: string;
  name: string;
  printedText: string;
  action: PrintAction;
  printingCostInRewardPoints: number;
};

export function withinIssuingWindow(rule: Pick<PrintRule, "issuedFromDate" | "issuedUntilDate">, localDate: string): boolean {
  if (rule.issuedFromDate && localDate < rule.issuedFromDate) return false;
  if (rule.issuedUntilDate && localDate > rule.issuedUntilDate) return false;
  return true;
}

export function issuesFromStore(
  rule: Pick<PrintRule, "warehouseID" | "storeGroup">,
  sale: Pick<CompletedSale, "storeId" | "storeGroupId">,
): boolean {
  if (rule.warehouseID && rule.warehouseID !== sale.storeId) return false;
  if (rule.storeGroup && rule.storeGroup !== sale.storeGroupId) return false;
  return true;
}

/** The value compared with the threshold, scaled by 10^4; null when there is nothing to compare (no customer). */
function measuredValue(rule: Pick<PrintRule, "measure" | "thresholdType">, sale: CompletedSale): bigint | null {
  if (rule.thresholdType === "this_sale") return numberToScaled(rule.measure === "points" ? sale.rewardPointsEarned : sale.saleTotal);
  if (!sale.customer) return null;
  return rule.measure === "points"
    ? numberToScaled(sale.customer.rewardPoints) + numberToScaled(sale.rewardPointsEarned)
    : numberToScaled(sale.customer.lifetimePurchaseTotal) + numberToScaled(sale.saleTotal);
}

export function meetsThreshold(rule: Pick<PrintRule, "threshold" | "measure" | "thresholdType">, sale: CompletedSale): boolean {
  const value = measuredValue(rule, sale);
  if (rule.threshold === null) return rule.thresholdType === "this_sale" || value !== null;
  return value !== null && value >= toScaled(rule.threshold);
}

export function decidePrints(rules: readonly PrintRule[], sale: CompletedSale): PrintDecision[] {
  let pointsLeft = sale.customer?.rewardPoints ?? 0;
  const decisions: PrintDecision[] = [];
  for (const rule of rules) {
    if (!withinIssuingWindow(rule, sale.localDate)) continue;
    if (!issuesFromStore(rule, sale)) continue;
    if (!rule.printedAutomaticallyInPOS) continue;
    if (!meetsThreshold(rule, sale)) continue;
    const cost = rule.printingCostInRewardPoints;
    if (cost > 0) {
      if (!sale.customer || pointsLeft < cost) continue;
      pointsLeft -= cost;
    }
    decisions.push({
      ruleId: rule.id,
      name: rule.name,
      printedText: printedText(rule),
      action: rule.promptCashier ? "ask_cashier" : "print",
      printingCostInRewardPoints: cost,
    });
  }
  return decisions;
}
