// One page of a coupon's codes (contract §1.3) with the prefix/active/redeemed filters.
import { codeWhere } from "@/lib/codes/code-where";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import type { CodeListQuery } from "@/lib/codes/schemas";
import { toCodeView, type CodeView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";

export async function listCodes(tenantId: string, couponId: string, query: CodeListQuery): Promise<Page<CodeView>> {
  await getCouponForCodes(tenantId, couponId);
  const where = codeWhere(tenantId, couponId, query);
  // Only the code is sortable: it is indexed with the coupon, so any page of a million-code coupon stays cheap.
  const [rows, total] = await Promise.all([
    db().couponCode.findMany({
      where,
      orderBy: { code: query.sort === "-name" ? "desc" : "asc" },
      select: { id: true, code: true, redemptions: true, active: true },
      ...skipTake(query),
    }),
    db().couponCode.count({ where }),
  ]);
  return { items: rows.map(toCodeView), total };
}
