import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findDiscountRule } from "@/lib/legacy/queries";
import { toDiscountRuleView, type DiscountRuleView } from "@/lib/legacy/views";

export async function getDiscountRuleOrThrow(tenantId: string, id: string): Promise<DiscountRuleView> {
  const row = await findDiscountRule(db(), tenantId, id);
  if (!row) throw AppError.notFound(`Discount rule ${id}`);
  return toDiscountRuleView(row);
}
