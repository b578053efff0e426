import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findCoupon } from "@/lib/legacy/queries";
import { toLegacyCouponView, type LegacyCouponView } from "@/lib/legacy/views";

/** A legacy coupon by id; a v1 code's id or another tenant's answers 404. */
export async function getLegacyCouponOrThrow(tenantId: string, id: string): Promise<LegacyCouponView> {
  const coupon = await findCoupon(db(), tenantId, id);
  if (!coupon) throw AppError.notFound(`Coupon ${id}`);
  return toLegacyCouponView(coupon);
}
