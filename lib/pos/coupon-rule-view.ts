// The coupon rule as the API and console show it (reference §9.3 field names, camelCased).
import type { PosCouponRule } from "@/lib/generated/sqlite/client";
import type { CouponRuleView } from "@/lib/pos/view-schemas";

export type { CouponRuleView };

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
