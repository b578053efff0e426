// Definitions and templates, newest first: the console's list (both kinds, with their discount rule's
// label) and GET /api/v0/d/coupon_definitions (definitions, as GET of one answers them).
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";
import { compileCodePattern } from "@/lib/legacy/code-pattern";
import { countTemplateCoupons, discountRuleLabels, listTemplates } from "@/lib/legacy/queries";
import type { TemplateListQuery } from "@/lib/legacy/schemas";
import { toDefinitionView, type CouponDefinitionView } from "@/lib/legacy/views";

export type TemplateSummary = {
  id: string;
  kind: "definition" | "template";
  label: string;
  pattern: string;
  discountRuleId: string | null;
  discountRuleLabel: string | null;
  couponsCount: number;
  /** Decimal digits (may exceed 2^53). */
  capacity: string;
  createdAt: string;
};

export async function listTemplateSummaries(tenantId: string, query: TemplateListQuery): Promise<Page<TemplateSummary>> {
  const { rows, total } = await listTemplates(
    db(),
    tenantId,
    { q: query.q, kind: query.kind, discountRuleId: query.discount_rule_id },
    skipTake(query),
  );
  const ruleIds = [...new Set(rows.map((r) => r.discountRuleId).filter((id): id is string => id !== null))];
  const [counts, ruleLabels] = await Promise.all([
    countTemplateCoupons(
      db(),
      tenantId,
      rows.map((r) => r.id),
    ),
    discountRuleLabels(db(), tenantId, ruleIds),
  ]);
  return {
    items: rows.map((row) => {
      const compiled = compileCodePattern(row.pattern);
      return {
        id: row.id,
        kind: row.kind as TemplateSummary["kind"],
        label: row.label,
        pattern: row.pattern,
        discountRuleId: row.discountRuleId,
        discountRuleLabel: row.discountRuleId ? (ruleLabels.get(row.discountRuleId) ?? null) : null,
        couponsCount: counts.get(row.id) ?? 0,
        capacity: compiled.ok ? compiled.pattern.capacity.toString() : "0",
        createdAt: row.createdAt.toISOString(),
      };
    }),
    total,
  };
}

export async function listCouponDefinitions(tenantId: string, query: TemplateListQuery): Promise<Page<CouponDefinitionView>> {
  const { rows, total } = await listTemplates(
    db(),
    tenantId,
    { q: query.q, kind: "definition", discountRuleId: query.discount_rule_id },
    skipTake(query),
  );
  const counts = await countTemplateCoupons(
    db(),
    tenantId,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => {
      const compiled = compileCodePattern(row.pattern);
      return toDefinitionView(row, compiled.ok ? compiled.pattern.capacity : 0n, counts.get(row.id) ?? 0);
    }),
    total,
  };
}
