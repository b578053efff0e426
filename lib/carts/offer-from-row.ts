// Maps a stored offer row onto the pricing engine's Offer (the engine never sees database rows).
import { readLimits } from "@/lib/limits/schemas";
import type { Category, CurrencyCondition, Offer, Segment } from "@/lib/pricing";

export type OfferRow = {
  id: string;
  family: string;
  name: string;
  category: unknown;
  active: boolean;
  exclusive: boolean;
  localizedTimezone: boolean;
  validFrom: string;
  validTo: string | null;
  currencies: unknown;
  stores: unknown;
  consumers: unknown;
  channels: unknown;
  segment: unknown;
  createdAt: Date;
  maxRedemptions: number | null;
  redemptions: number;
  limits: unknown;
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export function offerFromRow(row: OfferRow): Offer {
  return {
    id: row.id,
    source: row.family === "coupon" ? "coupon" : "automatic",
    name: row.name,
    category: row.category as Category,
    active: row.active,
    exclusive: row.exclusive,
    localizedTimezone: row.localizedTimezone,
    validFrom: row.validFrom,
    validTo: row.validTo,
    currencies: (Array.isArray(row.currencies) ? row.currencies : []) as CurrencyCondition[],
    stores: strings(row.stores),
    consumers: strings(row.consumers),
    channels: strings(row.channels),
    segment: (row.segment ?? null) as Segment | null,
    createdAt: row.createdAt.toISOString(),
    maxRedemptions: row.maxRedemptions,
    redemptions: row.redemptions,
    limits: readLimits(row.limits),
  };
}
