// A scanned coupon as the pricing engine sees it (pure). Each presented serial becomes its own engine
// offer built from its campaign — id "<campaignId>:<serial>", source "coupon" — so that:
//  - one scanned coupon applies its campaign once (reference §11.5: buy-X-get-Y coupon promotions apply
//    once per coupon, "three coupons for three free apples"), and two coupons of one campaign give it twice,
//    as both are redeemed at the till (every accepted coupon must be redeemed, §9.6);
//  - the coupon's own expiryDate narrows the campaign's validity, so the engine rejects a coupon past
//    it as `expired`, with the date, exactly as it rejects one whose campaign has ended;
//  - a redeemed coupon is a single-use code already used: `redemption_limit_reached`.
// Campaign dates are store-local (localizedTimezone), and a store group is expanded to its stores by the loader.
import type { PosCampaign } from "@/lib/generated/sqlite/client";
import { readLimits } from "@/lib/limits/schemas";
import { earlierBound } from "@/lib/pos/local-dates";
import type { Category, CodeState, Offer } from "@/lib/pricing";

/** Stands for "no store" when a campaign's store group is empty: an empty list would mean "any store". */
export const NO_STORE = "#no-store-in-group";

type CampaignFacts = Pick<
  PosCampaign,
  "id" | "name" | "enabled" | "validFrom" | "validTo" | "category" | "currency" | "createdAt" | "warehouseId" | "storeGroupId"
> & { limits?: unknown };
type CouponFacts = { uniqueIdentifier: string; status: string; expiryDate: string | null };

/** The category applied once per scanned coupon: multi-unit deals are capped at one application. */
export function oncePerCoupon(category: Category): Category {
  if (category.kind === "BogoPercentage" || category.kind === "BogoFixed") return { ...category, maxApplications: 1 };
  return category;
}

/** Stores the campaign applies in: its store, the stores of its group at load time, or any. */
export function campaignStores(campaign: Pick<CampaignFacts, "warehouseId" | "storeGroupId">, storesOfGroup: readonly string[]): string[] {
  if (campaign.warehouseId) return [campaign.warehouseId];
  if (campaign.storeGroupId) return storesOfGroup.length ? [...storesOfGroup] : [NO_STORE];
  return [];
}

export function issuedCouponOffer(campaign: CampaignFacts, coupon: CouponFacts, storesOfGroup: readonly string[]): Offer {
  return {
    id: `${campaign.id}:${coupon.uniqueIdentifier}`,
    source: "coupon",
    name: campaign.name,
    category: oncePerCoupon(campaign.category as Category),
    active: campaign.enabled,
    exclusive: false,
    localizedTimezone: true,
    validFrom: campaign.validFrom,
    validTo: earlierBound(coupon.expiryDate ? `${coupon.expiryDate}T23:59:59` : null, campaign.validTo),
    currencies: [{ code: campaign.currency }],
    stores: campaignStores(campaign, storesOfGroup),
    consumers: [],
    channels: [],
    segment: null,
    createdAt: campaign.createdAt.toISOString(),
    maxRedemptions: null,
    redemptions: 0,
    // Contract §7: the campaign's limits, counted under the campaign whichever of its coupons is scanned.
    limits: readLimits(campaign.limits),
    usageId: campaign.id,
  };
}

export function issuedCouponCodeState(offerId: string, coupon: CouponFacts): CodeState {
  return { code: coupon.uniqueIdentifier, offerId, active: true, redemptions: coupon.status === "REDEEMED" ? 1 : 0, maxRedemptions: 1 };
}
