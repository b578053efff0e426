// The POS campaign as the API and console show it (never the raw row).
import type { PosCampaign } from "@/lib/generated/sqlite/client";
import type { CouponCategory } from "@/lib/offers/category-schema";
import { readLimits } from "@/lib/limits/schemas";
import { campaignStatus } from "@/lib/pos/status";
import type { CampaignView } from "@/lib/pos/view-schemas";

export type { CampaignView };

export function toCampaignView(row: PosCampaign, nowLocal: string): CampaignView {
  return {
    id: row.id,
    name: row.name,
    type: "coupon",
    startDate: row.startDate,
    startTime: row.startTime,
    endDate: row.endDate,
    endTime: row.endTime,
    enabled: row.enabled,
    warehouseID: row.warehouseId,
    storeGroup: row.storeGroupId,
    category: row.category as CouponCategory,
    currency: row.currency,
    limits: readLimits(row.limits),
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: campaignStatus(row, nowLocal),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
