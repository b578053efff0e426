// What the detail page shows: the offer, its latest audit events, the names of its stores, and its
// versions waiting to go live (a draft, scheduled publishes).
import { AuditQuery, listAuditEvents } from "@/lib/audit/list-audit-events";
import { getOffersUsage } from "@/lib/limits/get-offers-usage";
import type { Family } from "@/lib/offers/family";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";
import { kindOfFamily } from "@/lib/versions/kinds";
import { listPendingVersions } from "@/lib/versions/list-versions";

export async function loadDetail(tenant: { id: string; timeZone: string }, family: Family, id: string) {
  const tenantId = tenant.id;
  const [offer, history, stores, pending] = await Promise.all([
    getOfferOrThrow(tenantId, family, id),
    listAuditEvents(tenantId, AuditQuery.parse({ objectType: family, objectId: id, count: 30 })),
    listStoreOptions(tenantId),
    listPendingVersions(tenantId, kindOfFamily(family), id),
  ]);
  const usage = await getOffersUsage(tenant, [{ id, limits: offer.limits, currencies: offer.currencies.map((c) => c.code) }]);
  return { offer, history, storeNames: Object.fromEntries(stores.map((s) => [s.id, s.name])), pending, usage: usage[id] ?? null };
}
