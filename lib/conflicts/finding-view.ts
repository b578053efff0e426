// A finding as the edges show it: offers named (with family and draft flag), the counter-example's
// simulator link, which includes the finding's draft offers (so the simulator shows the problem). Parsed
// through the output schema.
import { simulatorHref } from "@/lib/carts/simulation-url";
import { FindingView } from "@/lib/conflicts/schemas";
import type { AnalysisInput, Finding } from "@/lib/conflicts/types";
import { FINDING_KINDS } from "@/lib/conflicts/types";
import type { FindingCounts } from "@/lib/conflicts/schemas";

/** `versions`: the version number of a draft offer when it is not its working draft (the publish dialog's). */
export function toFindingViews(
  input: AnalysisInput,
  findings: readonly Finding[],
  versions: ReadonlyMap<string, number> = new Map(),
): FindingView[] {
  const offers = new Map(input.offers.map((o) => [o.offer.id, o]));
  const familyOf = (id: string) => (offers.get(id)?.offer.source === "coupon" ? "coupon" : "promotion");
  const draftsOf = (finding: Finding) =>
    finding.offerIds.filter((id) => offers.get(id)?.draft).map((id) => ({ kind: familyOf(id), id, number: versions.get(id) }));
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
          family: familyOf(id),
          draft: entry?.draft ?? false,
        };
      }),
      winnerId: finding.winnerId,
      sharePercent: finding.sharePercent,
      cart: finding.cart,
      simulatorUrl: simulatorHref(finding.cart, draftsOf(finding)),
    }),
  );
}

export function countByKind(findings: readonly { kind: Finding["kind"] }[]): FindingCounts {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as FindingCounts;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}
