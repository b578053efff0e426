// "Now" on the local clock POS dates are read in: the store's zone when the store is known and has
// one, else the tenant's (the same choice the pricing engine makes for localized offers).
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import type { Db, Tx } from "@/lib/db/client";
import { localDateTime } from "@/lib/pos/local-dates";

export type LocalClock = { zone: string; nowLocal: string; storeGroupId: string | null; storeKnown: boolean };

export async function localClock(client: Db | Tx, tenantId: string, storeId: string | null | undefined, now: Date): Promise<LocalClock> {
  const { zone, storeKnown, storeGroupId } = await storeTimeZone(client, tenantId, storeId);
  return { zone, nowLocal: localDateTime(zone, now.getTime()), storeGroupId, storeKnown };
}
