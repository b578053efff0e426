// After every change to a tenant's live offers (a save, a publish, a scheduled publish), the suite
// re-runs against live so the Scenarios page shows each scenario's outcome now (contract §8).
// The change itself is committed by then: a failing re-run is logged, never turned into a failed write.
import { db } from "@/lib/db/client";
import { findSuiteRows } from "@/lib/scenarios/queries";
import { priceSuite, recordLiveOutcomes } from "@/lib/scenarios/run-suite";

export async function refreshScenarioOutcomes(tenantId: string, now = new Date()): Promise<void> {
  try {
    const scenarios = await findSuiteRows(db(), tenantId);
    if (scenarios.length === 0) return;
    await recordLiveOutcomes(tenantId, await priceSuite(tenantId, { scenarios, now }));
  } catch (error) {
    console.error(`[scenarios] re-running the suite of tenant ${tenantId} failed`, error);
  }
}
