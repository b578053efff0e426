// What the publish dialog shows: the findings a version would bring. The set with the offer as it is
// live (absent when it was never published) against the set with the version in its place; findings of
// the second whose id the first lacks are new.
import { analyzeConflicts, newFindings } from "@/lib/conflicts/analyze-conflicts";
import { toFindingViews } from "@/lib/conflicts/finding-view";
import { loadAnalysisInput, withCodeFacts } from "@/lib/conflicts/load-analysis-input";
import type { FindingView } from "@/lib/conflicts/schemas";
import { engineOffersOf, resolveDraftRefs } from "@/lib/versions/draft-offers";

export async function conflictsOfVersion(
  tenantId: string,
  kind: "coupon" | "promotion",
  offerId: string,
  number?: number,
  now = new Date(),
): Promise<FindingView[]> {
  const [input, overlays] = await Promise.all([
    loadAnalysisInput(tenantId, now),
    resolveDraftRefs(tenantId, [{ kind, id: offerId, number }]),
  ]);
  const [version] = await engineOffersOf(tenantId, overlays);
  const others = input.offers.filter((o) => o.offer.id !== offerId);
  const live = input.offers.filter((o) => o.offer.id === offerId && !o.draft);
  const before = { ...input, offers: [...others, ...live] };
  const after = version
    ? await withCodeFacts(tenantId, {
        ...input,
        offers: [...others.map(({ offer, draft }) => ({ offer, draft })), { offer: version, draft: true }],
      })
    : before;
  const versions = new Map(overlays.map((o) => [o.offerId, o.number ?? 0]));
  return toFindingViews(after, newFindings(analyzeConflicts(before), analyzeConflicts(after)), versions);
}
