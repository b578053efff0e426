// Derived statuses, from stored facts and the current local time (naive "yyyy-mm-ddThh:mm:ss"). Pure.
import type { IssuedStatus } from "@/lib/pos/list-schemas";

export type CampaignStatus = "Draft" | "Disabled" | "Planned" | "Active" | "Expired";

/** Contract §2 status labels: Draft while never published (contract §8), Disabled whenever disabled, else from the dates (validTo inclusive). */
export function campaignStatus(
  campaign: { enabled: boolean; validFrom: string; validTo: string | null; unpublished?: boolean },
  nowLocal: string,
): CampaignStatus {
  if (campaign.unpublished) return "Draft";
  if (!campaign.enabled) return "Disabled";
  if (nowLocal < campaign.validFrom) return "Planned";
  if (campaign.validTo !== null && nowLocal > campaign.validTo) return "Expired";
  return "Active";
}

/**
 * REDEEMED is stored; EXPIRED is derived (reference §9.5): the coupon's expiryDate is the last valid
 * local day, and a coupon never outlives its campaign (§9.8: validity comes from the campaign).
 */
export function issuedCouponStatus(
  coupon: { status: string; expiryDate: string | null },
  campaignValidTo: string | null,
  nowLocal: string,
): IssuedStatus {
  if (coupon.status === "REDEEMED") return "REDEEMED";
  if (coupon.expiryDate !== null && nowLocal.slice(0, 10) > coupon.expiryDate) return "EXPIRED";
  if (campaignValidTo !== null && nowLocal > campaignValidTo) return "EXPIRED";
  return "ACTIVE";
}
