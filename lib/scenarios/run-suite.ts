// The scenario suite (contract §8): every scenario re-priced by the one engine, against the live offers
// and, when drafts are chosen, against live plus those drafts, each result compared with the pinned
// expectation. Facts are read once for all carts and offers are prepared once per offer set, so a
// thousand scenarios cost a thousand engine calls, not a thousand loads (bench:scenarios).
import { loadBatchPricing, preparedWith, priceInBatch } from "@/lib/carts/batch-pricing";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { db } from "@/lib/db/client";
import { expectationOf } from "@/lib/scenarios/expectation";
import { findSuiteRows, recordOutcomeRows, type ScenarioRow } from "@/lib/scenarios/queries";
import { diffResults } from "@/lib/scenarios/scenario-diff";
import type { Expectation, Outcome, ScenarioImpact, SuiteReport } from "@/lib/scenarios/schemas";
import { engineOffersOf, type DraftOverlay } from "@/lib/versions/draft-offers";

export type PricedSuite = {
  scenarios: ScenarioRow[];
  live: Expectation[];
  /** Results with the drafts in place of their live offers; null when no draft was chosen. */
  withDrafts: Expectation[] | null;
  ranAt: Date;
};

/** The results of `requests` against live and, when there are overlays, against live plus them. */
export async function priceRequests(
  tenantId: string,
  requests: readonly CartRequestInput[],
  overlays: readonly DraftOverlay[],
  now: Date,
): Promise<{ live: Expectation[]; withDrafts: Expectation[] | null }> {
  if (requests.length === 0) return { live: [], withDrafts: overlays.length ? [] : null };
  const batch = await loadBatchPricing(tenantId, requests, now);
  const drafts = await engineOffersOf(tenantId, overlays, batch.issuedSources);
  const live = preparedWith(batch, []);
  const liveResults = requests.map((request) => expectationOf(priceInBatch(batch, live, request)));
  if (overlays.length === 0) return { live: liveResults, withDrafts: null };
  const set = preparedWith(batch, drafts);
  return { live: liveResults, withDrafts: requests.map((request) => expectationOf(priceInBatch(batch, set, request))) };
}

/** Prices `scenarios` (default: all of the tenant's) against live and, if any, live plus `overlays`. */
export async function priceSuite(
  tenantId: string,
  options: { scenarios?: ScenarioRow[]; overlays?: readonly DraftOverlay[]; now?: Date } = {},
): Promise<PricedSuite> {
  const now = options.now ?? new Date();
  const scenarios = options.scenarios ?? (await findSuiteRows(db(), tenantId));
  const requests = scenarios.map((s) => s.request as CartRequestInput);
  const results = await priceRequests(tenantId, requests, options.overlays ?? [], now);
  return { scenarios, ...results, ranAt: now };
}

export function outcomeOf(expected: Expectation, actual: Expectation): Outcome {
  const differences = diffResults(expected, actual);
  return { status: differences.length === 0 ? "passed" : "failed", differences };
}

/** Stores each scenario's outcome against the live offers (the Scenarios page shows the last one). */
export async function recordLiveOutcomes(tenantId: string, suite: PricedSuite): Promise<Outcome[]> {
  const outcomes = suite.scenarios.map((s, i) => outcomeOf(s.expected as Expectation, suite.live[i]));
  await recordOutcomeRows(
    db(),
    tenantId,
    suite.scenarios.map((s, i) => ({ id: s.id, passed: outcomes[i].status === "passed", differences: outcomes[i].differences })),
    suite.ranAt,
  );
  return outcomes;
}

/** The suite's report: against live plus the drafts when there are any, else against live. */
export function suiteReport(suite: PricedSuite, overlays: readonly DraftOverlay[]): SuiteReport {
  const results = suite.withDrafts ?? suite.live;
  const scenarios = suite.scenarios.map((s, i) => ({ id: s.id, name: s.name, ...outcomeOf(s.expected as Expectation, results[i]) }));
  const passed = scenarios.filter((s) => s.status === "passed").length;
  return {
    ranAt: suite.ranAt.toISOString(),
    drafts: overlays.map((o) => ({ kind: o.kind, id: o.offerId, number: o.number ?? 0 })),
    total: scenarios.length,
    passed,
    failed: scenarios.length - passed,
    scenarios,
  };
}

/** What the drafts do to each scenario: the ones whose result they change (live → draft) or that they leave broken. */
export function impactOf(suite: PricedSuite): ScenarioImpact {
  const drafted = suite.withDrafts ?? suite.live;
  const items = suite.scenarios.map((s, i) => {
    const expected = s.expected as Expectation;
    return {
      id: s.id,
      name: s.name,
      live: outcomeOf(expected, suite.live[i]),
      draft: outcomeOf(expected, drafted[i]),
      changes: diffResults(suite.live[i], drafted[i]),
    };
  });
  const shown = items.filter((item) => item.changes.length > 0 || item.draft.status === "failed");
  return {
    ranAt: suite.ranAt.toISOString(),
    total: items.length,
    changed: items.filter((item) => item.changes.length > 0).length,
    broken: items.filter((item) => item.draft.status === "failed").length,
    scenarios: shown,
  };
}

/**
 * Runs the suite for a saved or scheduled draft (and after every change to the offers): records the live
 * outcomes and answers what the drafts change.
 */
export async function runDraftImpact(tenantId: string, overlays: readonly DraftOverlay[], now?: Date): Promise<ScenarioImpact> {
  const suite = await priceSuite(tenantId, { overlays, now });
  if (suite.scenarios.length > 0) await recordLiveOutcomes(tenantId, suite);
  return impactOf(suite);
}
