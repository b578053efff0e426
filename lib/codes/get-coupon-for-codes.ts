// The coupon whose codes are being read or written; another tenant's id, a promotion or an archived
// coupon answer 404. Kept here (not in lib/offers) so the codes module only needs these few fields.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type CouponForCodes = { id: string; name: string; singleUse: boolean };

export async function getCouponForCodes(tenantId: string, id: string): Promise<CouponForCodes> {
  const coupon = await db().offer.findFirst({
    where: { id, tenantId, family: "coupon", archivedAt: null },
    select: { id: true, name: true, singleUse: true },
  });
  if (!coupon) throw AppError.notFound(`Coupon ${id}`);
  return coupon;
}

/**
 * Each code's own redemption limit, derived from its coupon: once for a single-use coupon, else none.
 * The redemption UPDATE checks the code's column, so every writer of codes sets it with this, and
 * switching singleUse rewrites it (update-offer.ts).
 */
export function codeMaxRedemptions(coupon: { singleUse: boolean }): number | null {
  return coupon.singleUse ? 1 : null;
}
