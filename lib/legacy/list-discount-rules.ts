// The discount rules list (console and GET /api/v0/d/discount_rules): newest first, by text and scope.
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";
import { discountRuleChoices, listDiscountRules as queryDiscountRules } from "@/lib/legacy/queries";
import type { DiscountRuleListQuery } from "@/lib/legacy/schemas";
import { toDiscountRuleView, type DiscountRuleView } from "@/lib/legacy/views";

export async function listDiscountRules(tenantId: string, query: DiscountRuleListQuery): Promise<Page<DiscountRuleView>> {
  const { rows, total } = await queryDiscountRules(db(), tenantId, { q: query.q, scope: query.scope }, skipTake(query));
  return { items: rows.map(toDiscountRuleView), total };
}

/** Discount rules to choose from in the definition form. */
export function listDiscountRuleChoices(tenantId: string): Promise<{ id: string; label: string; currency: string }[]> {
  return discountRuleChoices(db(), tenantId);
}
