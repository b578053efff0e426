import { currencyExponent, isKnownCurrency, toMajorUnits } from "@/lib/pricing";
import type { RedemptionView } from "@/lib/redemptions/schemas";

type Row = {
  id: string;
  code: string;
  offerId: string;
  orderId: string;
  consumerId: string | null;
  channelType: string | null;
  storeId: string | null;
  catalogTotal: number | null;
  currency: string | null;
  status: string;
  createdAt: Date;
  revertedAt: Date | null;
  offerType: string;
  amount: number | null;
};

const STATUSES = ["redeemed", "reverted", "reserved", "released"] as const;
const OFFER_TYPES = ["coupon", "legacy_coupon", "promotion", "pos_campaign"] as const;

export function toRedemptionView(row: Row): RedemptionView {
  const exponent = row.currency && isKnownCurrency(row.currency) ? currencyExponent(row.currency) : 2;
  return {
    id: row.id,
    code: row.code,
    couponId: row.offerId,
    orderId: row.orderId,
    consumerId: row.consumerId,
    channelType: row.channelType,
    storeId: row.storeId,
    catalogTotal: row.catalogTotal === null ? null : toMajorUnits(row.catalogTotal, exponent),
    currency: row.currency,
    status: STATUSES.find((s) => s === row.status) ?? "redeemed",
    createdAt: row.createdAt.toISOString(),
    revertedAt: row.revertedAt?.toISOString() ?? null,
    offerType: OFFER_TYPES.find((t) => t === row.offerType) ?? "coupon",
    amount: row.amount === null ? null : toMajorUnits(row.amount, exponent),
  };
}
