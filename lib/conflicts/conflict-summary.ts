// The dashboard's conflict panel: counts by kind and the first findings (stacking first, then
// collisions, dead offers and overlaps, as the analysis sorts them).
import { analyzeTenant } from "@/lib/conflicts/analyze-tenant";
import { countByKind } from "@/lib/conflicts/finding-view";
import type { FindingCounts, FindingView } from "@/lib/conflicts/schemas";

export const TOP_FINDINGS = 5;

export async function getConflictSummary(
  tenantId: string,
  now = new Date(),
): Promise<{ counts: FindingCounts; top: FindingView[]; total: number }> {
  const findings = await analyzeTenant(tenantId, now);
  return { counts: countByKind(findings), top: findings.slice(0, TOP_FINDINGS), total: findings.length };
}
