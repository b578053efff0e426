// Coupon rules of a tenant, paged and sorted on the server (reference §9.3 getCoupons).
import { orderByFrom } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import { skipTake, type Page } from "@/lib/http/pagination";
import { toCouponRuleView, type CouponRuleView } from "@/lib/pos/coupon-rule-view";
import type { CouponRuleListQuery } from "@/lib/pos/list-schemas";

const SORTABLE = ["name", "code", "issuedFromDate", "issuedUntilDate", "createdAt", "updatedAt"] as const;

export async function listCouponRules(tenantId: string, query: CouponRuleListQuery): Promise<Page<CouponRuleView>> {
  const where = {
    tenantId,
    ...(query.q ? { OR: [{ name: containsText(query.q) }, { code: containsText(query.q) }] } : {}),
    ...(query.campaignId ? { campaignId: query.campaignId } : {}),
  };
  const [rows, total] = await Promise.all([
    db().posCouponRule.findMany({ where, orderBy: orderByFrom(query.sort, SORTABLE, "createdAt"), ...skipTake(query) }),
    db().posCouponRule.count({ where }),
  ]);
  return { items: rows.map(toCouponRuleView), total };
}

/** Every rule's id and name, for the issued-coupons filter (a tenant has tens of rules). */
export async function couponRuleChoices(tenantId: string): Promise<{ id: string; name: string }[]> {
  return db().posCouponRule.findMany({
    where: { tenantId },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
}
