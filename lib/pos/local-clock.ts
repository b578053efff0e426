// "Now" on the local clock POS dates are read in: the store's zone when the store is known and has
// one, else the tenant's (the same choice the pricing engine makes for localized offers).
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localDateTime } from "@/lib/pos/local-dates";
import { pickTimeZone } from "@/lib/pricing/time";

export type LocalClock = { zone: string; nowLocal: string; storeGroupId: string | null; storeKnown: boolean };

export async function localClock(client: Db | Tx, tenantId: string, storeId: string | null | undefined, now: Date): Promise<LocalClock> {
  const [tenant, store] = await Promise.all([
    client.tenant.findUnique({ where: { id: tenantId }, select: { timeZone: true } }),
    storeId ? client.store.findUnique({ where: { tenantId_id: { tenantId, id: storeId } }, select: { timeZone: true, storeGroupId: true } }) : Promise.resolve(null),
  ]);
  if (!tenant) throw AppError.notFound("Tenant");
  const zone = pickTimeZone(store?.timeZone, tenant.timeZone);
  return { zone, nowLocal: localDateTime(zone, now.getTime()), storeGroupId: store?.storeGroupId ?? null, storeKnown: Boolean(store) };
}
