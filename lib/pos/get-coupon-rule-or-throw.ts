import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toCouponRuleView, type CouponRuleView } from "@/lib/pos/coupon-rule-view";

export async function getCouponRuleOrThrow(tenantId: string, id: string): Promise<CouponRuleView> {
  const row = await db().posCouponRule.findFirst({ where: { id, tenantId } });
  if (!row) throw AppError.notFound(`Coupon rule ${id}`);
  return toCouponRuleView(row);
}
