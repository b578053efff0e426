// The coupon rule as the API and console show it (reference §9.3 field names, camelCased).
import type { PosCouponRule } from "@/lib/generated/sqlite/client";

export type CouponRuleView = {
  id: string;
  name: string;
  code: string | null;
  description: string | null;
  /** What the coupon says: the description when set, else the name (reference §9.2). */
  printedText: string;
  issuedFromDate: string | null;
  issuedUntilDate: string | null;
  warehouseID: string | null;
  storeGroup: string | null;
  campaignID: string | null;
  printedAutomaticallyInPOS: boolean;
  threshold: string | null;
  measure: "dollars" | "points";
  thresholdType: "this_sale" | "points_amt";
  promptCashier: boolean;
  printingCostInRewardPoints: number;
  version: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export function printedText(rule: { name: string; description: string | null }): string {
  return rule.description?.trim() ? rule.description : rule.name;
}

export function toCouponRuleView(row: PosCouponRule): CouponRuleView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    description: row.description,
    printedText: printedText(row),
    issuedFromDate: row.issuedFromDate,
    issuedUntilDate: row.issuedUntilDate,
    warehouseID: row.warehouseId,
    storeGroup: row.storeGroupId,
    campaignID: row.campaignId,
    printedAutomaticallyInPOS: row.printedAutomaticallyInPOS,
    threshold: row.threshold,
    measure: row.measure === "points" ? "points" : "dollars",
    thresholdType: row.thresholdType === "points_amt" ? "points_amt" : "this_sale",
    promptCashier: row.promptCashier,
    printingCostInRewardPoints: row.printingCostInRewardPoints,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
