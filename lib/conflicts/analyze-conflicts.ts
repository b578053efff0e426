// The conflict analyzer (issue 16 part 2): a deterministic, pure analysis of an offer set against the
// catalog. Findings come sorted by kind (stacking, exclusive collisions, dead offers, overlaps), then id;
// every one carries a counter-example cart that the engine has priced and that shows the problem.
import { cellsOf, findPairs } from "@/lib/conflicts/find-pairs";
import { findDeadOffers } from "@/lib/conflicts/find-dead-offers";
import { findStacking } from "@/lib/conflicts/find-stacking";
import { FINDING_KINDS, type AnalysisInput, type Finding } from "@/lib/conflicts/types";
import { buildWorld, inPlay } from "@/lib/conflicts/world";

export function analyzeConflicts(input: AnalysisInput): Finding[] {
  const world = buildWorld(input);
  const cells = cellsOf(
    world,
    world.facts.filter((f) => inPlay(world, f)),
  );
  const dead = findDeadOffers(world);
  // A shadowed offer's collision with the offer that shadows it says the same thing less precisely.
  const shadowedPairs = new Set(dead.filter((f) => f.reason === "shadowed").map((f) => [...f.offerIds].sort().join(":")));
  const pairs = findPairs(world, cells).filter(
    (f) => f.kind !== "exclusive_collision" || !shadowedPairs.has([...f.offerIds].sort().join(":")),
  );
  const findings = [...findStacking(world, cells), ...pairs, ...dead];
  const rank = (f: Finding) => FINDING_KINDS.indexOf(f.kind);
  return findings.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The findings a changed offer set brings: those of `after` whose id `before` does not have. */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const known = new Set(before.map((f) => f.id));
  return after.filter((f) => !known.has(f.id));
}
