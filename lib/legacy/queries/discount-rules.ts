// Discount rules (v0): reads and writes, the tenant id inside every where.
import type { Db, Tx } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import type { LegacyDiscountRule, Prisma } from "@/lib/generated/sqlite/client";

type Client = Db | Tx;

export function findDiscountRule(client: Client, tenantId: string, id: string): Promise<LegacyDiscountRule | null> {
  return client.legacyDiscountRule.findFirst({ where: { id, tenantId } });
}

export function findDiscountRuleByLabel(client: Client, tenantId: string, label: string): Promise<LegacyDiscountRule | null> {
  return client.legacyDiscountRule.findUnique({ where: { tenantId_label: { tenantId, label } } });
}

export type DiscountRuleFilter = { q?: string; scope?: string };

export async function listDiscountRules(
  client: Client,
  tenantId: string,
  filter: DiscountRuleFilter,
  page: { skip: number; take: number },
): Promise<{ rows: LegacyDiscountRule[]; total: number }> {
  const where: Prisma.LegacyDiscountRuleWhereInput = {
    tenantId,
    ...(filter.q ? { OR: [{ label: containsText(filter.q) }, { description: containsText(filter.q) }] } : {}),
    ...(filter.scope ? { scope: filter.scope } : {}),
  };
  const [rows, total] = await Promise.all([
    client.legacyDiscountRule.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], ...page }),
    client.legacyDiscountRule.count({ where }),
  ]);
  return { rows, total };
}

export async function discountRuleLabels(client: Client, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await client.legacyDiscountRule.findMany({ where: { tenantId, id: { in: [...ids] } }, select: { id: true, label: true } });
  return new Map(rows.map((r) => [r.id, r.label]));
}

/** Definitions and coupons that name the rule: it may not go while they do. */
export async function discountRuleUsers(client: Client, tenantId: string, id: string): Promise<{ templates: string[]; coupons: number }> {
  const [templates, coupons] = await Promise.all([
    client.legacyTemplate.findMany({
      where: { tenantId, discountRuleId: id },
      select: { label: true },
      take: 5,
      orderBy: { label: "asc" },
    }),
    client.legacyCoupon.count({ where: { tenantId, discountRuleId: id } }),
  ]);
  return { templates: templates.map((t) => t.label), coupons };
}
