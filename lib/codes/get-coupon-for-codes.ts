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

/** Codes of single-use coupons can be redeemed once each (the redemption check reads this column). */
export function codeMaxRedemptions(coupon: CouponForCodes): number | null {
  return coupon.singleUse ? 1 : null;
}
