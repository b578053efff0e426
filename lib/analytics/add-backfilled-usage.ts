// Rolls up uses written behind the rollup job's cursor (the demo seed, the bench: rows with past times
// inserted in bulk). The part of them before the cursor is added here, in one transaction with reading
// the cursor; the part after it is left to the job, so nothing is counted twice or missed.
import { addCodeDays, addUsageHours, readCursor } from "@/lib/analytics/queries/rollups";
import type { UsageChange } from "@/lib/analytics/queries/source";
import { rollUpOrders } from "@/lib/analytics/roll-up-orders";
import { USAGE_CURSOR, usageDeltas } from "@/lib/analytics/roll-up-usage";
import { driver } from "@/lib/db/driver";

export async function addBackfilledUsage(changes: readonly UsageChange[]): Promise<void> {
  await driver().transaction(async (tx) => {
    const cursor = await readCursor(tx, USAGE_CURSOR);
    if (!cursor) return; // the job's first run reads everything from the start
    const deltas = usageDeltas(changes, new Date(0), cursor);
    await addUsageHours(tx, deltas.hours);
    await addCodeDays(tx, deltas.codeDays);
    await rollUpOrders(tx, changes, new Date(0), cursor);
  });
}
