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

export async function buildPricingInput(tenantId: string, request: CartRequestInput, now: Date): Promise<PricingInput> {
  const client = db();
  const [data, loaded, store, customer] = await Promise.all([
    automaticCartCache(tenantId),
    loadCouponCodes(client, tenantId, request.couponCodes ?? []),
    // Raw primary-key reads: they run on every cart (a raw read costs a fraction of a compiled Prisma query).
    request.storeId
      ? client.$queryRaw<{ timeZone: string | null }[]>(Prisma.sql`SELECT "timeZone" FROM "Store" WHERE "tenantId" = ${tenantId} AND "id" = ${request.storeId}`).then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    request.customerId && !request.customerSegments
      ? client.$queryRaw<{ segments: unknown }[]>(Prisma.sql`SELECT "segments" FROM "Customer" WHERE "tenantId" = ${tenantId} AND "id" = ${request.customerId}`).then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
  ]);
  const context: PricingContext = {
    now: now.toISOString(),
    tenantTimeZone: data.tenantTimeZone,
    storeTimeZones: request.storeId ? { [request.storeId]: store?.timeZone ?? null } : {},
    exclusionList: data.exclusionList,
    codes: loaded.codes,
  };
  const customerSegments = request.customerSegments ?? (customer ? segmentsOf(customer.segments) : undefined);
  return {
    prepared: withCoupons(data.prepared, loaded.coupons),
    request: { ...request, ...(customerSegments ? { customerSegments } : {}) },
    context,
    unknownCodes: loaded.unknownCodes,
  };
}
