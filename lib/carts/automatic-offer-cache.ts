// Each app instance keeps every tenant's automatic promotions prepared in memory (disabled ones too:
// the simulator's trace explains that they did not apply because they are disabled; never drafts:
// a promotion that was never published is not live, contract §8). Any write to offers
// or the exclusion list bumps Tenant.offersRevision in the database, so every instance sees the
// change on its next request (one primary-key read) and reloads once, whoever made the change.
import { offerFromRow } from "@/lib/carts/offer-from-row";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { prepareOffers, type PreparedOffers } from "@/lib/pricing";

export type TenantPricingData = {
  revision: number;
  tenantTimeZone: string;
  prepared: PreparedOffers;
  exclusionList: string[];
};

type Entry = { revision: number; data: Promise<TenantPricingData> };
const cache = new Map<string, Entry>();

async function loadTenant(tenantId: string, revision: number, timeZone: string): Promise<TenantPricingData> {
  const [rows, exclusions] = await Promise.all([
    db().offer.findMany({
      where: { tenantId, family: "promotion", archivedAt: null, unpublished: false },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db().exclusionList.findUnique({ where: { tenantId } }),
  ]);
  const exclusionList = Array.isArray(exclusions?.ids) ? (exclusions.ids as string[]) : [];
  return { revision, tenantTimeZone: timeZone, prepared: prepareOffers(rows.map(offerFromRow)), exclusionList };
}

export type TenantRevision = { offersRevision: number; timeZone: string };

/**
 * The tenant's prepared automatic promotions and exclusion list, reloaded when the revision moved.
 * `tenant` is the tenant's row as just read by the caller (the cart loader reads it together with the
 * store and customer, build-pricing-input.ts); null when the tenant is gone.
 */
export async function automaticCartCache(tenantId: string, tenant: TenantRevision | null): Promise<TenantPricingData> {
  if (!tenant) throw AppError.notFound("Tenant");
  const entry = cache.get(tenantId);
  if (entry && entry.revision === tenant.offersRevision) return entry.data;
  // Concurrent requests that see the same new revision share one load.
  const data = loadTenant(tenantId, tenant.offersRevision, tenant.timeZone);
  cache.set(tenantId, { revision: tenant.offersRevision, data });
  data.catch(() => {
    if (cache.get(tenantId)?.data === data) cache.delete(tenantId);
  });
  return data;
}
