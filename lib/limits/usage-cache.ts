// Pricing's view of usage (contract §7: it may lag by at most 1 s). Each app instance keeps the usage
// counters of limited offers for up to USAGE_TTL_MS, keyed (tenant, offer), so a busy offer costs one
// counter read per second per instance instead of one per cart; redemption never reads through it.
import { driver } from "@/lib/db/driver";
import { budgetScope, customerScope, USES } from "@/lib/limits/plan-usage";
import { findUsage, type UsageRow } from "@/lib/limits/queries";
import { windowKey } from "@/lib/limits/window-key";
import type { Offer, OfferUsageFacts } from "@/lib/pricing";

export const USAGE_TTL_MS = 1000;

type Entry = { readAtMs: number; rows: Promise<UsageRow[]> };
const cache = new Map<string, Entry>();
const MAX_ENTRIES = 10_000;

/** The counters of each offer (every window), at most USAGE_TTL_MS old. */
async function cachedUsage(tenantId: string, usageIds: readonly string[], nowMs: number): Promise<Map<string, UsageRow[]>> {
  const offers = [...new Set(usageIds)].map((id) => ({ id }));
  const stale = offers.filter((o) => {
    const entry = cache.get(`${tenantId}\u0000${o.id}`);
    return !entry || nowMs - entry.readAtMs >= USAGE_TTL_MS;
  });
  if (stale.length > 0) {
    if (cache.size > MAX_ENTRIES) cache.clear();
    // One read for every stale offer; each offer's entry shares it.
    const read = findUsage(
      driver(),
      tenantId,
      stale.map((o) => ({ offerId: o.id, windowKey: "*" })),
      { allWindows: true },
    );
    for (const o of stale) {
      const rows = read.then((all) => all.filter((r) => r.offerId === o.id));
      cache.set(`${tenantId}\u0000${o.id}`, { readAtMs: nowMs, rows });
      // A failed read is not kept: the next cart reads again.
      rows.catch(() => cache.delete(`${tenantId}\u0000${o.id}`));
    }
  }
  const out = new Map<string, UsageRow[]>();
  await Promise.all(offers.map(async (o) => out.set(o.id, await cache.get(`${tenantId}\u0000${o.id}`)!.rows)));
  return out;
}

/**
 * The engine's usage input for a cart: per limited offer, its uses, the customer's uses and the amount
 * spent in the cart's currency, in the window `atMs` falls in (tenant's zone).
 */
export async function usageForCart(
  tenantId: string,
  offers: readonly Offer[],
  cart: { atMs: number; timeZone: string; customerId?: string; currency: string },
  nowMs = Date.now(),
  /** Read the counters now (redemption's pricing), refreshing the cache, instead of up to 1 s old figures. */
  options: { fresh?: boolean } = {},
): Promise<Record<string, OfferUsageFacts>> {
  const limited = offers.filter((o) => o.limits);
  if (limited.length === 0) return {};
  if (options.fresh) for (const o of limited) cache.delete(`${tenantId}\u0000${o.usageId ?? o.id}`);
  // A scanned POS coupon's offer counts under its campaign (Offer.usageId).
  const rows = await cachedUsage(
    tenantId,
    limited.map((o) => o.usageId ?? o.id),
    nowMs,
  );
  const usage: Record<string, OfferUsageFacts> = {};
  for (const offer of limited) {
    const usageId = offer.usageId ?? offer.id;
    const key = windowKey(offer.limits!.window, cart.atMs, cart.timeZone);
    const used = (scope: string) => rows.get(usageId)!.find((r) => r.windowKey === key && r.scope === scope)?.used ?? 0;
    usage[usageId] = {
      uses: used(USES),
      customerUses: cart.customerId === undefined ? 0 : used(customerScope(cart.customerId)),
      spentMinor: used(budgetScope(cart.currency)),
    };
  }
  return usage;
}

/** Tests and the console's detail pages read fresh figures. */
export function forgetUsage(): void {
  cache.clear();
}
