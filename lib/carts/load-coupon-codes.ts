// Looks requested codes up by the (tenantId, code) unique index, with the live coupons behind them.
// Shared by pricing and redemption so both see codes the same way. Codes that are not coupon codes
// are then looked up as serials of issued POS coupons (lib/pos): a scanned paper coupon prices its
// campaign through the same engine. Redemption of coupon codes opts out (`issuedCoupons: false`):
// printed coupons are redeemed by serial, through POST /api/v1/pos/issued-coupons/redeem.
import { offerFromRow } from "@/lib/carts/offer-from-row";
import type { Db, Tx } from "@/lib/db/client";
import { loadIssuedCouponCodes } from "@/lib/pos/load-issued-coupon-codes";
import type { CodeState, Offer } from "@/lib/pricing";

export type LoadedCodes = {
  /** State of each known code; a code of an archived or missing coupon is absent (= not_found). */
  codes: Record<string, CodeState & { id: string }>;
  coupons: Offer[];
  unknownCodes: string[];
};

export async function loadCouponCodes(client: Db | Tx, tenantId: string, requested: readonly string[], options: { issuedCoupons?: boolean } = {}): Promise<LoadedCodes> {
  const unique = [...new Set(requested)];
  if (unique.length === 0) return { codes: {}, coupons: [], unknownCodes: [] };
  const codeRows = await client.couponCode.findMany({ where: { tenantId, code: { in: unique } } });
  const offerIds = [...new Set(codeRows.map((row) => row.offerId))];
  const couponRows = offerIds.length ? await client.offer.findMany({ where: { tenantId, id: { in: offerIds }, family: "coupon", archivedAt: null } }) : [];
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
