// Looks requested codes up by the (tenantId, code) unique index, with the live coupons behind them.
// Shared by pricing and redemption so both see codes the same way. A code without a live v1 coupon may
// be a legacy v0 coupon (lib/legacy: each is its own engine offer). Codes that are not coupon codes
// are then looked up as serials of issued POS coupons (lib/pos): a scanned paper coupon prices its
// campaign through the same engine, and redemption records its use under the campaign (lib/redemptions).
// Reservations opt out (`issuedCoupons: false`): a held paper coupon has no release path yet.
//
// Every cart and every redemption runs these reads, so the coupon codes are read through the driver
// (lib/carts/queries.ts); `client` serves the rarer issued-coupon lookup.
import { offerFromRow, type OfferRow } from "@/lib/carts/offer-from-row";
import { findCodesWithCoupons, type CodeWithCoupon } from "@/lib/carts/queries";
import type { Db, Tx } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { loadLegacyCodes } from "@/lib/legacy/load-legacy-codes";
import { loadIssuedCouponCodes } from "@/lib/pos/load-issued-coupon-codes";
import type { CodeState, Offer } from "@/lib/pricing";

export type LoadedCodes = {
  /**
   * State of each known code; a code of an archived or missing coupon is absent (= not_found). A legacy
   * coupon's code carries its definition's id, which its redemptions record as their offer; a POS
   * serial carries its campaign's id (its id is the issued coupon's, not a CouponCode's).
   */
  codes: Record<string, CodeState & { id: string; definitionId?: string; campaignId?: string }>;
  coupons: Offer[];
  unknownCodes: string[];
};

export async function loadCouponCodes(
  client: Db | Tx,
  tenantId: string,
  requested: readonly string[],
  options: { issuedCoupons?: boolean } = {},
): Promise<LoadedCodes> {
  const unique = [...new Set(requested)];
  if (unique.length === 0) return { codes: {}, coupons: [], unknownCodes: [] };
  return loadedFromRows(client, tenantId, unique, await findCodesWithCoupons(driver(), tenantId, unique), options);
}

/** loadCouponCodes over the code rows its caller read already (with the cart's context: lib/carts/build-pricing-input.ts). */
export async function loadedFromRows(
  client: Db | Tx,
  tenantId: string,
  unique: readonly string[],
  codeRows: readonly CodeWithCoupon[],
  options: { issuedCoupons?: boolean } = {},
): Promise<LoadedCodes> {
  if (unique.length === 0) return { codes: {}, coupons: [], unknownCodes: [] };
  const couponById = new Map<string, OfferRow>();
  for (const { coupon } of codeRows) if (coupon) couponById.set(coupon.id, coupon);
  // By id, so the order coupons are prepared in does not depend on the database's plan.
  const couponRows = [...couponById.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const codes: LoadedCodes["codes"] = {};
  for (const { code, coupon } of codeRows) {
    if (coupon)
      codes[code.code] = {
        id: code.codeId,
        code: code.code,
        offerId: coupon.id,
        active: code.codeActive,
        redemptions: code.codeRedemptions,
        maxRedemptions: code.codeMaxRedemptions,
      };
  }
  const coupons = couponRows.map(offerFromRow);
  // Codes with no live v1 coupon: legacy coupons, or codes of archived v1 coupons (then not_found).
  const withoutCoupon = codeRows.filter((row) => !row.coupon).map((row) => row.code.codeId);
  if (withoutCoupon.length > 0) {
    const legacy = await loadLegacyCodes(tenantId, withoutCoupon);
    Object.assign(codes, legacy.codes);
    coupons.push(...legacy.coupons);
  }
  // A code that names a coupon (even an archived one) is never read as a serial.
  const notCouponCodes = unique.filter((code) => !codeRows.some((row) => row.code.code === code));
  if (options.issuedCoupons !== false && notCouponCodes.length > 0) {
    const issued = await loadIssuedCouponCodes(client, tenantId, notCouponCodes);
    Object.assign(codes, issued.codes);
    coupons.push(...issued.coupons);
  }
  return { codes, coupons, unknownCodes: unique.filter((code) => !codes[code]) };
}
