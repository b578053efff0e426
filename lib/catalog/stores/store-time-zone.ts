// The zone local times are read in at a store: its own when it has one, else the tenant's (the rule the
// pricing engine applies too, pickTimeZone). One raw read of the tenant joined to the store: redemption
// and every POS call run it.
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { pickTimeZone } from "@/lib/pricing/time";

/** `zone`: the store's, else the tenant's; `tenantZone`: the tenant's own (limit windows are read in it). */
export type StoreTimeZone = { zone: string; tenantZone: string; storeKnown: boolean; storeGroupId: string | null };

export async function storeTimeZone(client: Db | Tx, tenantId: string, storeId: string | null | undefined): Promise<StoreTimeZone> {
  const [row] = await client.$queryRaw<
    { tenantZone: string; storeId: string | null; storeZone: string | null; storeGroupId: string | null }[]
  >(Prisma.sql`
    SELECT t."timeZone" AS "tenantZone", s."id" AS "storeId", s."timeZone" AS "storeZone", s."storeGroupId" FROM "Tenant" t
    LEFT JOIN "Store" s ON s."tenantId" = t."id" AND s."id" = ${storeId ?? null}
    WHERE t."id" = ${tenantId}`);
  if (!row) throw AppError.notFound("Tenant");
  return {
    zone: pickTimeZone(row.storeZone, row.tenantZone),
    tenantZone: row.tenantZone,
    storeKnown: row.storeId !== null,
    storeGroupId: row.storeGroupId,
  };
}
