// Coupon definitions and templates (one table, one label namespace), and their coupons as a set.
import type { Db, Tx } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import type { LegacyCoupon, LegacyTemplate, Prisma } from "@/lib/generated/sqlite/client";

type Client = Db | Tx;
export type TemplateKind = "definition" | "template";

export function findTemplate(client: Client, tenantId: string, id: string, kind?: TemplateKind): Promise<LegacyTemplate | null> {
  return client.legacyTemplate.findFirst({ where: { id, tenantId, ...(kind ? { kind } : {}) } });
}

export function findTemplateByLabel(client: Client, tenantId: string, label: string): Promise<LegacyTemplate | null> {
  return client.legacyTemplate.findUnique({ where: { tenantId_label: { tenantId, label } } });
}

export type TemplateFilter = { q?: string; kind?: TemplateKind; discountRuleId?: string };

export async function listTemplates(
  client: Client,
  tenantId: string,
  filter: TemplateFilter,
  page: { skip: number; take: number },
): Promise<{ rows: LegacyTemplate[]; total: number }> {
  const where: Prisma.LegacyTemplateWhereInput = {
    tenantId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.discountRuleId ? { discountRuleId: filter.discountRuleId } : {}),
    ...(filter.q ? { OR: [{ label: containsText(filter.q) }, { pattern: containsText(filter.q) }] } : {}),
  };
  const [rows, total] = await Promise.all([
    client.legacyTemplate.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], ...page }),
    client.legacyTemplate.count({ where }),
  ]);
  return { rows, total };
}

/** Coupons generated from each template. */
export async function countTemplateCoupons(client: Client, tenantId: string, templateIds: readonly string[]): Promise<Map<string, number>> {
  if (templateIds.length === 0) return new Map();
  const groups = await client.couponCode.groupBy({
    by: ["offerId"],
    where: { tenantId, offerId: { in: [...templateIds] } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.offerId, g._count._all]));
}

/** Redeemed uses of the template's coupons (reverted ones gave their use back). */
export function countTemplateRedemptions(client: Client, tenantId: string, templateId: string): Promise<number> {
  return client.redemption.count({ where: { tenantId, offerId: templateId, status: "redeemed" } });
}

/** A definition's max_redemptions is each coupon's own limit, kept on its code row where redemption checks it. */
export function limitTemplateCoupons(tx: Tx, tenantId: string, templateId: string, maxRedemptions: number | null) {
  return tx.couponCode.updateMany({ where: { tenantId, offerId: templateId }, data: { maxRedemptions } });
}

/** Removes the template's coupons (codes first: a redemption racing this waits on their rows, then finds none). */
export async function deleteTemplateCoupons(tx: Tx, tenantId: string, templateId: string): Promise<number> {
  const { count } = await tx.couponCode.deleteMany({ where: { tenantId, offerId: templateId } });
  await tx.legacyCoupon.deleteMany({ where: { tenantId, templateId } });
  return count;
}

/** Coupons of the template with rules of their own, for re-checking them against new template rules. */
export function couponsWithOwnRules(client: Client, tenantId: string, templateId: string): Promise<LegacyCoupon[]> {
  return client.legacyCoupon.findMany({ where: { tenantId, templateId }, orderBy: { id: "asc" } });
}
