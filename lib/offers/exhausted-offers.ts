// The coupons or promotions of a tenant whose limit is used up now (the lists' "Exhausted" filter).
import { db } from "@/lib/db/client";
import { findExhaustedIds } from "@/lib/limits/find-exhausted";
import { readLimits } from "@/lib/limits/schemas";
import type { Family } from "@/lib/offers/family";
import { loadTenant } from "@/lib/offers/offer-writes";
import type { CurrencyCondition } from "@/lib/offers/schemas";

export async function exhaustedOfferIds(tenantId: string, family: Family, now: Date): Promise<string[]> {
  const tenant = await loadTenant(db(), tenantId);
  return findExhaustedIds(
    tenant,
    async (ids) => {
      const rows = await db().offer.findMany({
        where: { tenantId, family, id: { in: ids }, archivedAt: null },
        select: { id: true, limits: true, currencies: true },
      });
      return rows.map((row) => ({
        id: row.id,
        limits: readLimits(row.limits),
        currencies: ((row.currencies ?? []) as CurrencyCondition[]).map((c) => c.code),
      }));
    },
    now,
  );
}
