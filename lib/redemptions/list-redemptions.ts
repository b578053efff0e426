// A coupon's redemptions, newest first, for the console's redemptions table.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { PageQuery, skipTake, type Page } from "@/lib/http/pagination";
import { text } from "@/lib/validation/text";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedemptionView } from "@/lib/redemptions/schemas";

export const RedemptionListQuery = PageQuery.extend({
  status: z.enum(["redeemed", "reverted"]).optional(),
  q: text("q").trim().max(100).optional(),
});
export type RedemptionListQuery = z.infer<typeof RedemptionListQuery>;

export async function listRedemptions(
  tenantId: string,
  couponId: string,
  query: RedemptionListQuery,
): Promise<Page<RedemptionView> & { couponName: string }> {
  const coupon = await db().offer.findFirst({ where: { id: couponId, tenantId, family: "coupon" }, select: { name: true } });
  if (!coupon) return { items: [], total: 0, couponName: "" };
  const where = {
    tenantId,
    offerId: couponId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { OR: [{ code: { startsWith: query.q } }, { orderId: { startsWith: query.q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().redemption.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...skipTake(query) }),
    db().redemption.count({ where }),
  ]);
  return { items: rows.map(toRedemptionView), total, couponName: coupon.name };
}
