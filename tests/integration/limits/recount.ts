// Recounts an offer's usage counters from its ledger rows (contract §7: counters derive from the ledger),
// for tests to compare with what the redemption transactions kept.
import { db } from "@/lib/db/client";

export async function countersOf(tenantId: string, offerId: string): Promise<Record<string, number>> {
  const rows = await db().offerUsage.findMany({ where: { tenantId, offerId } });
  return Object.fromEntries(rows.filter((r) => Number(r.used) !== 0).map((r) => [`${r.windowKey}|${r.scope}`, Number(r.used)]));
}

export async function recountOf(tenantId: string, offerId: string): Promise<Record<string, number>> {
  const rows = await db().redemption.findMany({
    where: { tenantId, offerId, status: { in: ["redeemed", "reserved"] }, windowKey: { not: null } },
  });
  const out: Record<string, number> = {};
  const add = (key: string, n: number) => (out[key] = (out[key] ?? 0) + n);
  for (const r of rows) {
    add(`${r.windowKey}|uses`, 1);
    if (r.consumerId !== null) add(`${r.windowKey}|customer:${r.consumerId}`, 1);
    if (r.currency !== null && r.amount !== null && r.amount > 0) add(`${r.windowKey}|budget:${r.currency}`, r.amount);
  }
  return out;
}
