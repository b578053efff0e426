// Pricing's view of usage (contract §7: it may lag by at most 1 s). Each app instance keeps the usage
// counters of limited offers for up to USAGE_TTL_MS, keyed (tenant, offer), so a busy offer costs one
// counter read per second per instance instead of one per cart. A redemption reads through it only
// where its figures are away from every limit (nearLimits), and its transaction checks the counters.
import { driver } from "@/lib/db/driver";
import { budgetScope, customerScope, USES } from "@/lib/limits/plan-usage";
import { findUsage, type UsageRow } from "@/lib/limits/queries";
import { windowKey } from "@/lib/limits/window-key";
import { toMinor } from "@/lib/money/currency";
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
 * Whether figures up to 1 s old could price this cart differently from the counters now: an offer the
 * figures put at (or one use from) its uses or the customer's limit, or with less budget left than the
 * cart's whole value (`headroomMinor`, the most any offer could take off it). Away from every limit a
 * stale figure changes nothing the engine decides, and the redemption's transaction checks the counters.
 */
function nearLimits(
  offers: readonly Offer[],
  usage: Record<string, OfferUsageFacts>,
  cart: { customerId?: string; currency: string },
  headroomMinor: number,
): boolean {
  return offers.some((offer) => {
    const limits = offer.limits!;
    const facts = usage[offer.usageId ?? offer.id];
    if (limits.redemptions !== undefined && facts.uses + 1 > limits.redemptions) return true;
    if (limits.perCustomer !== undefined && cart.customerId !== undefined && facts.customerUses + 1 > limits.perCustomer) return true;
    const budget = limits.budget?.find((b) => b.currency === cart.currency);
    return budget !== undefined && toMinor(budget.amount, cart.currency) - facts.spentMinor < headroomMinor;
  });
}

/** The cart facts usage is read for: its moment and zone (the limit window), customer and currency. */
export type UsageCart = { atMs: number; timeZone: string; customerId?: string; currency: string };

export type UsageReading =
  /** At most USAGE_TTL_MS old (carts). */
  | { read: "cached" }
  /** Read now, refreshing the cache (an automatic promotion used up is then not applied). */
  | { read: "fresh" }
  /** Cached, but read now where an offer is near a limit (nearLimits): a redemption's first attempt. */
  | { read: "fresh-near-limits"; headroomMinor: number };

/**
 * The engine's usage input for a cart: per limited offer, its uses, the customer's uses and the amount
 * spent in the cart's currency, in the window `atMs` falls in (tenant's zone).
 */
export async function usageForCart(
  tenantId: string,
  offers: readonly Offer[],
  cart: UsageCart,
  nowMs = Date.now(),
  reading: UsageReading = { read: "cached" },
): Promise<Record<string, OfferUsageFacts>> {
  const limited = offers.filter((o) => o.limits);
  if (limited.length === 0) return {};
  const forget = () => {
    for (const o of limited) cache.delete(`${tenantId}\u0000${o.usageId ?? o.id}`);
  };
  if (reading.read === "fresh") forget();
  const usage = await usageOf(tenantId, limited, cart, nowMs);
  if (reading.read !== "fresh-near-limits" || !nearLimits(limited, usage, cart, reading.headroomMinor)) return usage;
  forget();
  return usageOf(tenantId, limited, cart, nowMs);
}

async function usageOf(
  tenantId: string,
  limited: readonly Offer[],
  cart: UsageCart,
  nowMs: number,
): Promise<Record<string, OfferUsageFacts>> {
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
