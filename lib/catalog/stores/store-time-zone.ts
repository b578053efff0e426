// The zone local times are read in at a store: its own when it has one, else the tenant's (the rule the
// pricing engine applies too, pickTimeZone). One read of the tenant joined to the store: redemption and
// every POS call run it, so the checkout path passes the driver (lib/db/driver.ts) rather than Prisma.
import { nullable, rowOf, text } from "@/lib/db/decode";
import { statementsOf, type SqlClient } from "@/lib/db/statements";
import { AppError } from "@/lib/errors";
import { pickTimeZone } from "@/lib/pricing/time";

/** `zone`: the store's, else the tenant's; `tenantZone`: the tenant's own (limit windows are read in it). */
export type StoreTimeZone = { zone: string; tenantZone: string; storeKnown: boolean; storeGroupId: string | null };

const decodeZones = rowOf({ tenantZone: text, storeId: nullable(text), storeZone: nullable(text), storeGroupId: nullable(text) });

export async function storeTimeZone(client: SqlClient, tenantId: string, storeId: string | null | undefined): Promise<StoreTimeZone> {
  const [raw] = await statementsOf(client).all(
    `SELECT t."timeZone" AS "tenantZone", s."id" AS "storeId", s."timeZone" AS "storeZone", s."storeGroupId" FROM "Tenant" t
     LEFT JOIN "Store" s ON s."tenantId" = t."id" AND s."id" = ?
     WHERE t."id" = ?`,
    [storeId ?? null, tenantId],
  );
  if (!raw) throw AppError.notFound("Tenant");
  const row = decodeZones(raw);
  return {
    zone: pickTimeZone(row.storeZone, row.tenantZone),
    tenantZone: row.tenantZone,
    storeKnown: row.storeId !== null,
    storeGroupId: row.storeGroupId,
  };
}
