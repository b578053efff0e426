// Legacy coupons by code (GET /api/v0/d/coupons?filter[code]=A&filter[code]=B) or by definition (the
// console's list, with a code prefix and the enable flag as filters).
import { db } from "@/lib/db/client";
import { skipTake, type Page, type PageQuery } from "@/lib/http/pagination";
import { listCoupons } from "@/lib/legacy/queries";
import type { CouponListQuery } from "@/lib/legacy/schemas";
import { toLegacyCouponView, type LegacyCouponView } from "@/lib/legacy/views";

export async function listLegacyCouponsByCode(
  tenantId: string,
  codes: readonly string[],
  page: PageQuery,
): Promise<Page<LegacyCouponView>> {
  const { rows, total } = await listCoupons(db(), tenantId, { codes }, skipTake(page));
  return { items: rows.map(toLegacyCouponView), total };
}

export async function listTemplateCoupons(tenantId: string, templateId: string, query: CouponListQuery): Promise<Page<LegacyCouponView>> {
  const { rows, total } = await listCoupons(
    db(),
    tenantId,
    { templateId, codePrefix: query.code || undefined, enabled: query.enabled === undefined ? undefined : query.enabled === "true" },
    skipTake(query),
  );
  return { items: rows.map(toLegacyCouponView), total };
}
