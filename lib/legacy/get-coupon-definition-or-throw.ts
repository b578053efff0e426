import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findTemplate } from "@/lib/legacy/queries";
import { definitionView } from "@/lib/legacy/save-coupon-definition";
import type { CouponDefinitionView } from "@/lib/legacy/views";

export async function getCouponDefinitionOrThrow(tenantId: string, id: string): Promise<CouponDefinitionView> {
  const row = await findTemplate(db(), tenantId, id, "definition");
  if (!row) throw AppError.notFound(`Coupon definition ${id}`);
  return definitionView(db(), row);
}
