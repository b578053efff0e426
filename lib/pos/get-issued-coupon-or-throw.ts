import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ISSUED_COUPON_INCLUDE, toIssuedCouponView, type IssuedCouponView } from "@/lib/pos/issued-coupon-view";
import { localClock } from "@/lib/pos/local-clock";

export async function getIssuedCouponOrThrow(tenantId: string, id: string, now = new Date()): Promise<IssuedCouponView> {
  const row = await db().issuedCoupon.findFirst({ where: { id, tenantId }, include: ISSUED_COUPON_INCLUDE });
  if (!row) throw AppError.notFound(`Issued coupon ${id}`);
  return toIssuedCouponView(row, (await localClock(db(), tenantId, row.issuedStoreId, now)).nowLocal);
}
