// The issued coupon as the API and console show it: reference §9.5's record, with the issuing and
// redeeming context grouped, and the validity the paper coupon carries.
import type { IssuedCoupon, PosCampaign, PosCouponRule } from "@/lib/generated/sqlite/client";
import type { CouponCategory } from "@/lib/offers/category-schema";
import { printedText } from "@/lib/pos/coupon-rule-view";
import { earlierBound } from "@/lib/pos/local-dates";
import { issuedCouponStatus } from "@/lib/pos/status";
import type { IssuedCouponView } from "@/lib/pos/view-schemas";

export type IssuedCouponRow = IssuedCoupon & { rule: PosCouponRule & { campaign: PosCampaign | null } };

export const ISSUED_COUPON_INCLUDE = { rule: { include: { campaign: true } } } as const;

export type { IssuedCouponView };

export function issuedValidTo(row: Pick<IssuedCoupon, "expiryDate">, campaign: Pick<PosCampaign, "validTo"> | null): string | null {
  return earlierBound(row.expiryDate ? `${row.expiryDate}T23:59:59` : null, campaign?.validTo ?? null);
}

export function toIssuedCouponView(row: IssuedCouponRow, nowLocal: string): IssuedCouponView {
  const campaign = row.rule.campaign;
  return {
    id: row.id,
    uniqueIdentifier: row.uniqueIdentifier,
    status: issuedCouponStatus(row, campaign?.validTo ?? null, nowLocal),
    couponRuleId: row.couponRuleId,
    couponName: row.rule.name,
    couponCode: row.rule.code,
    couponDescription: row.rule.description,
    printedText: printedText(row.rule),
    campaignId: campaign?.id ?? null,
    campaignName: campaign?.name ?? null,
    award: campaign ? { category: campaign.category as CouponCategory, currency: campaign.currency } : null,
    expiryDate: row.expiryDate,
    validFrom: campaign?.validFrom ?? null,
    validTo: issuedValidTo(row, campaign),
    isPrintedAutomatically: row.isPrintedAutomatically,
    printingCostInRewardPoints: row.printingCost,
    issued: {
      at: row.issuedAt.toISOString(),
      storeId: row.issuedStoreId,
      pointOfSaleId: row.issuedPointOfSaleId,
      employeeId: row.issuedEmployeeId,
      customerId: row.issuedCustomerId,
      invoiceId: row.issuedInvoiceId,
    },
    redeemed: row.redeemedAt
      ? {
          at: row.redeemedAt.toISOString(),
          storeId: row.redeemedStoreId,
          pointOfSaleId: row.redeemedPointOfSaleId,
          employeeId: row.redeemedEmployeeId,
          customerId: row.redeemedCustomerId,
          invoiceId: row.redeemedInvoiceId,
        }
      : null,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}
