// Looks requested codes up by the (tenantId, code) unique index, with the live coupons behind them.
// Shared by pricing and redemption so both see codes the same way.
import { offerFromRow } from "@/lib/carts/offer-from-row";
import type { Db, Tx } from "@/lib/db/client";
import type { CodeState, Offer } from "@/lib/pricing";

export type LoadedCodes = {
  /** State of each known code; a code of an archived or missing coupon is absent (= not_found). */
  codes: Record<string, CodeState & { id: string }>;
  coupons: Offer[];
  unknownCodes: string[];
};

export async function loadCouponCodes(client: Db | Tx, tenantId: string, requested: readonly string[]): Promise<LoadedCodes> {
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
  return { codes, coupons: couponRows.map(offerFromRow), unknownCodes: unique.filter((code) => !codes[code]) };
}
