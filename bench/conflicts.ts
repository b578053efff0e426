// npm run bench:conflicts — the conflict analyzer (issue 16 part 2), pure, over bench/engine-core.ts's
// offers_1000 workload: 1,000 offers (950 automatic promotions of all nine kinds, 50 coupons with 5 codes
// each; 10 % exclusive, 30 % localized, most limited to one or two of 120 stores, USD/EUR with minimums)
// and its 20,000-product catalog (3,000 categories, 800 brands, prices in EUR and USD), 20 products excluded.
// Prints JSON lines:
//   conflicts.seconds.offers_1000   one full analysis (overlaps, collisions, dead offers, stacking, each
//                                   finding's counter-example priced by the engine), median of BENCH_RUNS (5)
//   conflicts.findings.<kind>       what that analysis found, so the load behind the figure is visible
// Target ≤ 2 s. Run directly: `npx tsx bench/conflicts.ts`.
import { performance } from "node:perf_hooks";
import { buildScenario, scenarioCatalog, WORKLOADS } from "@/bench/support/engine-scenario";
import { printFigure } from "@/bench/support/server";
import { analyzeConflicts } from "@/lib/conflicts/analyze-conflicts";
import { FINDING_KINDS, type AnalysisInput, type CouponCodeFacts } from "@/lib/conflicts/types";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const workload = WORKLOADS.offers_1000;
const scenario = buildScenario(workload);
const offers = [
  ...scenario.offers.filter((o) => o.source === "automatic").slice(0, 950),
  ...scenario.offers.filter((o) => o.source === "coupon"),
];
const codes = new Map<string, CouponCodeFacts>();
for (const state of Object.values(scenario.context.codes)) {
  if (!state) continue;
  const facts = codes.get(state.offerId) ?? { activeCount: 0 };
  if (state.active) {
    facts.activeCount += 1;
    facts.usable ??= state;
  } else facts.inactive ??= state;
  codes.set(state.offerId, facts);
}
const products = scenarioCatalog(workload).map((p) => ({
  id: p.id,
  categories: p.categories,
  attributes: { brand: p.brand },
  prices: { EUR: Math.round(p.price * 100), USD: Math.round(p.price * 110) },
}));
const input: AnalysisInput = {
  offers: offers.map((offer) => ({
    offer,
    draft: false,
    ...(offer.source === "coupon" ? { codes: codes.get(offer.id) ?? { activeCount: 0 } } : {}),
  })),
  products,
  stores: Object.entries(scenario.context.storeTimeZones).map(([id, timeZone]) => ({ id, timeZone: timeZone ?? null })),
  exclusionList: scenario.context.exclusionList,
  now: scenario.context.now,
  tenantTimeZone: scenario.context.tenantTimeZone,
  stackingThresholdPercent: 50,
};
if (input.offers.length !== 1000 || products.length !== 20_000) throw new Error("workload is not 1,000 offers × 20,000 products");

const seconds: number[] = [];
let findings = analyzeConflicts(input); // warm-up (JIT), not timed
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  findings = analyzeConflicts(input);
  seconds.push((performance.now() - started) / 1000);
}
seconds.sort((a, b) => a - b);
printFigure("conflicts.seconds.offers_1000", seconds[Math.floor(seconds.length / 2)], "s");
printFigure("conflicts.seconds.offers_1000_max", seconds[seconds.length - 1], "s");
for (const kind of FINDING_KINDS) printFigure(`conflicts.findings.${kind}`, findings.filter((f) => f.kind === kind).length, "findings");
