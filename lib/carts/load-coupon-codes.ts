// Looks requested codes up by the (tenantId, code) unique index, with the live coupons behind them.
// Shared by pricing and redemption so both see codes the same way. Codes that are not coupon codes
// are then looked up as serials of issued POS coupons (lib/pos): a scanned paper coupon prices its
// campaign through the same engine. Redemption of coupon codes opts out (`issuedCoupons: false`):
// printed coupons are redeemed by serial, through POST /api/v1/pos/issued-coupons/redeem.
//
// Every cart and every redemption runs these reads, so they are raw SQL on the unique indexes: a raw
// read costs a fraction of a compiled Prisma query, and returns the same typed values on both databases.
import { offerFromRow, type OfferRow } from "@/lib/carts/offer-from-row";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { loadIssuedCouponCodes } from "@/lib/pos/load-issued-coupon-codes";
import type { CodeState, Offer } from "@/lib/pricing";

export type LoadedCodes = {
  /** State of each known code; a code of an archived or missing coupon is absent (= not_found). */
  codes: Record<string, CodeState & { id: string }>;
  coupons: Offer[];
  unknownCodes: string[];
};

type CodeRow = { id: string; code: string; offerId: string; active: boolean; redemptions: number; maxRedemptions: number | null };

// The columns offerFromRow reads.
const OFFER_COLUMNS = Prisma.raw(
  ["id", "family", "name", "category", "active", "exclusive", "localizedTimezone", "validFrom", "validTo", "currencies", "stores", "consumers", "channels", "segment", "createdAt", "maxRedemptions", "redemptions"]
    .map((column) => `"${column}"`)
    .join(", "),
);

export async function loadCouponCodes(client: Db | Tx, tenantId: string, requested: readonly string[], options: { issuedCoupons?: boolean } = {}): Promise<LoadedCodes> {
  const unique = [...new Set(requested)];
  if (unique.length === 0) return { codes: {}, coupons: [], unknownCodes: [] };
  const codeRows = await client.$queryRaw<CodeRow[]>(Prisma.sql`
    SELECT "id", "code", "offerId", "active", "redemptions", "maxRedemptions" FROM "CouponCode"
    WHERE "tenantId" = ${tenantId} AND "code" IN (${Prisma.join(unique)})`);
  const offerIds = [...new Set(codeRows.map((row) => row.offerId))];
  const couponRows = offerIds.length
    ? await client.$queryRaw<OfferRow[]>(Prisma.sql`
        SELECT ${OFFER_COLUMNS} FROM "Offer"
        WHERE "tenantId" = ${tenantId} AND "id" IN (${Prisma.join(offerIds)}) AND "family" = 'coupon' AND "archivedAt" IS NULL`)
    : [];
  const live = new Set(couponRows.map((row) => row.id));
  const codes: LoadedCodes["codes"] = {};
  for (const row of codeRows) {
    if (live.has(row.offerId)) codes[row.code] = { id: row.id, code: row.code, offerId: row.offerId, active: row.active, redemptions: row.redemptions, maxRedemptions: row.maxRedemptions };
  }
  const coupons = couponRows.map(offerFromRow);
  // A code that names a coupon (even an archived one) is never read as a serial.
  const notCouponCodes = unique.filter((code) => !codeRows.some((row) => row.code === code));
  if (options.issuedCoupons !== false && notCouponCodes.length > 0) {
    const issued = await loadIssuedCouponCodes(client, tenantId, notCouponCodes);
    Object.assign(codes, issued.codes);
    coupons.push(...issued.coupons);
  }
  return { codes, coupons, unknownCodes: unique.filter((code) => !codes[code]) };
}
