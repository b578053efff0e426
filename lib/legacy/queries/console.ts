// Reads only the console needs: coupon counts, generation jobs, rule choices, audit log names.
import type { Db, Tx } from "@/lib/db/client";

type Client = Db | Tx;

/** Enabled coupons of a template, and the uses they have had. */
export async function templateCouponStats(
  client: Client,
  tenantId: string,
  templateId: string,
): Promise<{ enabled: number; redemptions: number }> {
  const [enabled, used] = await Promise.all([
    client.couponCode.count({ where: { tenantId, offerId: templateId, active: true } }),
    client.couponCode.aggregate({ where: { tenantId, offerId: templateId }, _sum: { redemptions: true } }),
  ]);
  return { enabled, redemptions: used._sum.redemptions ?? 0 };
}

/** The template's generation jobs, newest first. */
export function templateJobs(client: Client, tenantId: string, templateId: string, take = 5) {
  return client.codeImport.findMany({ where: { tenantId, offerId: templateId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take });
}

export function findTemplateJob(client: Client, tenantId: string, jobId: string) {
  return client.codeImport.findFirst({ where: { id: jobId, tenantId } });
}

/** Rule choices for the definition form. */
export function discountRuleChoices(client: Client, tenantId: string) {
  return client.legacyDiscountRule.findMany({
    where: { tenantId },
    select: { id: true, label: true, currency: true },
    orderBy: { label: "asc" },
    take: 500,
  });
}

/** The names behind legacy ids on a page of the audit log: discount rule and definition labels, coupon codes. */
export async function legacyNames(
  client: Client,
  tenantId: string,
  ids: { rules: string[]; templates: string[]; coupons: string[] },
): Promise<Record<string, string>> {
  const [rules, templates, coupons] = await Promise.all([
    ids.rules.length
      ? client.legacyDiscountRule.findMany({ where: { tenantId, id: { in: ids.rules } }, select: { id: true, label: true } })
      : [],
    ids.templates.length
      ? client.legacyTemplate.findMany({ where: { tenantId, id: { in: ids.templates } }, select: { id: true, label: true, kind: true } })
      : [],
    ids.coupons.length
      ? client.couponCode.findMany({ where: { tenantId, id: { in: ids.coupons } }, select: { id: true, code: true } })
      : [],
  ]);
  const names: Record<string, string> = {};
  for (const r of rules) names[`legacy_discount_rule:${r.id}`] = r.label;
  for (const t of templates) names[`legacy_coupon_${t.kind}:${t.id}`] = t.label;
  for (const c of coupons) names[`legacy_coupon:${c.id}`] = c.code;
  return names;
}
