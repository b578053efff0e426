// What the detail page shows: the offer, its latest audit events, the names of its stores, and its
// versions waiting to go live (a draft, scheduled publishes).
import { AuditQuery, listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db/client";
import type { Family } from "@/lib/offers/family";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";
import { kindOfFamily } from "@/lib/versions/kinds";
import { pendingVersionsOf } from "@/lib/versions/queries";

export type PendingVersion = { number: number; status: string; publishAt: string | null };

export async function loadDetail(tenantId: string, family: Family, id: string) {
  const [offer, history, stores, pending] = await Promise.all([
    getOfferOrThrow(tenantId, family, id),
    listAuditEvents(tenantId, AuditQuery.parse({ objectType: family, objectId: id, count: 30 })),
    listStoreOptions(tenantId),
    pendingVersionsOf(db(), tenantId, kindOfFamily(family), [id]),
  ]);
  return {
    offer,
    history,
    storeNames: Object.fromEntries(stores.map((s) => [s.id, s.name])),
    pending: pending.map((v): PendingVersion => ({ number: v.number, status: v.status, publishAt: v.publishAt?.toISOString() ?? null })),
  };
}
