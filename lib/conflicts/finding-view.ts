// A finding as the edges show it: offers named (with family and draft flag), the counter-example's
// simulator link. Parsed through the output schema.
import { encodeSimulation } from "@/lib/carts/simulation-url";
import { FindingView } from "@/lib/conflicts/schemas";
import type { AnalysisInput, Finding } from "@/lib/conflicts/types";
import { FINDING_KINDS } from "@/lib/conflicts/types";
import type { FindingCounts } from "@/lib/conflicts/schemas";

export function toFindingViews(input: AnalysisInput, findings: readonly Finding[]): FindingView[] {
  const offers = new Map(input.offers.map((o) => [o.offer.id, o]));
  return findings.map((finding) =>
    FindingView.parse({
      id: finding.id,
      kind: finding.kind,
      reason: finding.reason,
      message: finding.message,
      offers: finding.offerIds.map((id) => {
        const entry = offers.get(id);
        return {
          id,
          name: entry?.offer.name ?? id,
          family: entry?.offer.source === "coupon" ? "coupon" : "promotion",
          draft: entry?.draft ?? false,
        };
      }),
      winnerId: finding.winnerId,
      sharePercent: finding.sharePercent,
      cart: finding.cart,
      simulatorUrl: `/simulator?cart=${encodeSimulation(finding.cart)}`,
    }),
  );
}

export function countByKind(findings: readonly { kind: Finding["kind"] }[]): FindingCounts {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as FindingCounts;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}
