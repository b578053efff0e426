// Everything the pure engine needs for one cart, read from the database: the cached automatic
// promotions, the coupons behind the requested codes (always fresh: their redemption counts move),
// the store's time zone and the customer's segments. Codes are looked up by the unique index.
import { automaticCartCache } from "@/lib/carts/automatic-offer-cache";
import { loadCouponCodes } from "@/lib/carts/load-coupon-codes";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { CartRequest, PreparedOffers, PricingContext } from "@/lib/pricing";
import { withCoupons } from "@/lib/pricing/with-coupons";

export type PricingInput = { prepared: PreparedOffers; request: CartRequest; context: PricingContext; unknownCodes: string[] };

function segmentsOf(value: unknown): { key: string; value: string }[] {
  return Array.isArray(value) ? value.filter((s): s is { key: string; value: string } => typeof s?.key === "string" && typeof s?.value === "string") : [];
}

type CartRow = { offersRevision: number; timeZone: string; storeZone: string | null; customerId: string | null; segments: unknown };

export async function buildPricingInput(tenantId: string, request: CartRequestInput, now: Date): Promise<PricingInput> {
  const client = db();
  const wantsSegments = Boolean(request.customerId && !request.customerSegments);
  // One raw read for the tenant's offer revision and zone, the store's zone and the customer's segments:
  // it runs on every cart, and a raw read costs a fraction of a compiled Prisma query.
  const row = client
    .$queryRaw<CartRow[]>(Prisma.sql`
      SELECT t."offersRevision", t."timeZone", s."timeZone" AS "storeZone", c."id" AS "customerId", c."segments" FROM "Tenant" t
      LEFT JOIN "Store" s ON s."tenantId" = t."id" AND s."id" = ${request.storeId ?? null}
      LEFT JOIN "Customer" c ON c."tenantId" = t."id" AND c."id" = ${wantsSegments ? request.customerId! : null}
      WHERE t."id" = ${tenantId}`)
    .then((rows) => rows[0] ?? null);
  const [data, loaded, tenant] = await Promise.all([
    row.then((tenant) => automaticCartCache(tenantId, tenant)),
    loadCouponCodes(client, tenantId, request.couponCodes ?? []),
    row,
  ]);
  const context: PricingContext = {
    now: now.toISOString(),
    tenantTimeZone: data.tenantTimeZone,
    storeTimeZones: request.storeId ? { [request.storeId]: tenant?.storeZone ?? null } : {},
    exclusionList: data.exclusionList,
    codes: loaded.codes,
  };
  const customerSegments = request.customerSegments ?? (wantsSegments && tenant?.customerId != null ? segmentsOf(tenant.segments) : undefined);
  return {
    prepared: withCoupons(data.prepared, loaded.coupons),
    request: { ...request, ...(customerSegments ? { customerSegments } : {}) },
    context,
    unknownCodes: loaded.unknownCodes,
  };
}
