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

// A code with the live coupon behind it, if any: the code's own columns under their own names, the
// offer's as offerFromRow reads them (null when the coupon is archived, not a coupon, or gone).
type CodeWithCouponRow = { codeId: string; code: string; codeActive: boolean; codeRedemptions: number; codeMaxRedemptions: number | null } & OfferRow;

const OFFER_COLUMNS = Prisma.raw(
  ["id", "family", "name", "category", "active", "exclusive", "localizedTimezone", "validFrom", "validTo", "currencies", "stores", "consumers", "channels", "segment", "createdAt", "maxRedemptions", "redemptions"]
    .map((column) => `o."${column}"`)
    .join(", "),
);

export async function loadCouponCodes(client: Db | Tx, tenantId: string, requested: readonly string[], options: { issuedCoupons?: boolean } = {}): Promise<LoadedCodes> {
  const unique = [...new Set(requested)];
  if (unique.length === 0) return { codes: {}, coupons: [], unknownCodes: [] };
  // One read: the codes by the (tenantId, code) unique index, each with its live coupon.
  const codeRows = await client.$queryRaw<CodeWithCouponRow[]>(Prisma.sql`
    SELECT c."id" AS "codeId", c."code", c."active" AS "codeActive", c."redemptions" AS "codeRedemptions",
      c."maxRedemptions" AS "codeMaxRedemptions", ${OFFER_COLUMNS}
    FROM "CouponCode" c
    LEFT JOIN "Offer" o ON o."id" = c."offerId" AND o."tenantId" = c."tenantId" AND o."family" = 'coupon' AND o."archivedAt" IS NULL
    WHERE c."tenantId" = ${tenantId} AND c."code" IN (${Prisma.join(unique)})`);
  const couponById = new Map<string, OfferRow>();
  for (const row of codeRows) if (row.id !== null) couponById.set(row.id, row);
  // By id, so the order coupons are prepared in does not depend on the database's plan.
  const couponRows = [...couponById.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const codes: LoadedCodes["codes"] = {};
  for (const row of codeRows) {
    if (row.id !== null) codes[row.code] = { id: row.codeId, code: row.code, offerId: row.id, active: row.codeActive, redemptions: row.codeRedemptions, maxRedemptions: row.codeMaxRedemptions };
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
