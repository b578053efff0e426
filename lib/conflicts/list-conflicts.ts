// GET /api/v1/conflicts: one page of the tenant's findings (optionally those of one offer, or of one
// kind), with the counts by kind of the filtered set.
import { analyzeTenant } from "@/lib/conflicts/analyze-tenant";
import { countByKind } from "@/lib/conflicts/finding-view";
import type { ConflictListQuery, FindingCounts, FindingView } from "@/lib/conflicts/schemas";
import { skipTake, type Page } from "@/lib/http/pagination";

export async function listConflicts(
  tenantId: string,
  query: ConflictListQuery,
  now = new Date(),
): Promise<Page<FindingView> & { counts: FindingCounts }> {
  const all = await analyzeTenant(tenantId, now);
  const ofOffer = query.offer ? all.filter((f) => f.offers.some((o) => o.id === query.offer)) : all;
  const counts = countByKind(ofOffer);
  const matching = query.kind ? ofOffer.filter((f) => f.kind === query.kind) : ofOffer;
  const { skip, take } = skipTake(query);
  return { items: matching.slice(skip, skip + take), total: matching.length, counts };
}
