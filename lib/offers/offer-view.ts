// The offer as the API and console show it (never the raw row): stored JSON columns typed back,
// plus the computed status and, for coupons, the code and redemption counters.
import type { Offer } from "@/lib/generated/sqlite/client";
import type { Category } from "@/lib/offers/category-schema";
import { readLimits } from "@/lib/limits/schemas";
import { offerStatus } from "@/lib/offers/dates";
import type { CouponView, CurrencyCondition, OfferView, PromotionView, Segment } from "@/lib/offers/schemas";

export type OfferRow = Offer;

export type ViewExtras = { tenant: string; now?: Date };

export function toOfferView(row: OfferRow, extras: ViewExtras): OfferView {
  const base: PromotionView = {
    id: row.id,
    tenant: extras.tenant,
    name: row.name,
    description: row.description,
    active: row.active,
    localizedTimezone: row.localizedTimezone,
    validFrom: row.validFrom,
    validTo: row.validTo,
    category: row.category as Category,
    currencies: row.currencies as CurrencyCondition[],
    stores: row.stores as string[],
    channels: row.channels as string[],
    exclusive: row.exclusive,
    segment: (row.segment as Segment | null) ?? null,
    limits: readLimits(row.limits),
    status: offerStatus(row, extras.now),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
  if (row.family !== "coupon") return base;
  const coupon: CouponView = {
    ...base,
    category: base.category as CouponView["category"],
    singleUse: row.singleUse,
    consumers: row.consumers as string[],
    maxRedemptions: row.maxRedemptions,
    // Kept by triggers on CouponCode (migration coupon_codes_count): no count of the codes on a read.
    codesCount: Number(row.codesCount),
    redemptionsCount: row.redemptions,
  };
  return coupon;
}

/** The fields a user edits, in the order the audit diff and the conflict message show them. */
export const EDITABLE_FIELDS = [
  "name",
  "description",
  "active",
  "localizedTimezone",
  "validFrom",
  "validTo",
  "category",
  "currencies",
  "stores",
  "channels",
  "exclusive",
  "segment",
  "limits",
  "singleUse",
  "consumers",
  "maxRedemptions",
] as const;

export function editableSnapshot(view: OfferView): Record<string, unknown> {
  const record = view as unknown as Record<string, unknown>;
  return Object.fromEntries(EDITABLE_FIELDS.filter((field) => field in record).map((field) => [field, record[field]]));
}

/** The editable fields of a row, as an offer version stores them (contract §8). */
export function rowSnapshot(row: OfferRow): Record<string, unknown> {
  return editableSnapshot(toOfferView(row, { tenant: "" }));
}
