// A coupon's import and generation jobs, newest first, and one job by id (another tenant's or coupon's → 404).
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { toImportView, type CodeImportView } from "@/lib/codes/views";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { skipTake, type Page, type PageQuery } from "@/lib/http/pagination";

export async function listImports(tenantId: string, couponId: string, query: PageQuery): Promise<Page<CodeImportView>> {
  await getCouponForCodes(tenantId, couponId);
  const where = { tenantId, offerId: couponId };
  const [rows, total] = await Promise.all([
    db().codeImport.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], ...skipTake(query) }),
    db().codeImport.count({ where }),
  ]);
  return { items: rows.map(toImportView), total };
}

export async function getImportOrThrow(tenantId: string, couponId: string, importId: string): Promise<CodeImportView> {
  await getCouponForCodes(tenantId, couponId);
  const row = await db().codeImport.findFirst({ where: { id: importId, tenantId, offerId: couponId } });
  if (!row) throw AppError.notFound(`Import ${importId}`);
  return toImportView(row);
}
