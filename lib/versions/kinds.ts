// What can have versions (contract §8): coupons, automatic promotions and POS campaigns. The kind is
// OfferVersion.kind and the audit log's objectType, so a version's history reads like the offer's.
import type { Family } from "@/lib/offers/family";

export const VERSION_KINDS = ["coupon", "promotion", "pos_campaign"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const VERSION_STATUSES = ["draft", "scheduled", "published", "superseded"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Statuses of a version that is not (and never was) live: it can still be edited, scheduled or discarded. */
export const UNPUBLISHED_STATUSES: readonly VersionStatus[] = ["draft", "scheduled"];

export const KIND_LABELS: Record<VersionKind, string> = {
  coupon: "coupon",
  promotion: "promotion",
  pos_campaign: "POS campaign",
};

export function kindOfFamily(family: Family): VersionKind {
  return family;
}
