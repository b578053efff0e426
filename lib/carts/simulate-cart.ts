// The Cart Simulator's one operation: the cart priced exactly as POST /api/v1/promotions/cart prices
// it, plus, for each line left undiscounted, why (lib/pricing/explain-lines.ts). With chosen drafts, the
// cart is priced against live plus those drafts by the same prepared-offers builder as a batch run's
// draft side (lib/carts/batch-pricing.ts), so a batch's changed cart shows the same discount here.
import { batchPricingArgs, loadBatchPricing, preparedWith } from "@/lib/carts/batch-pricing";
import { buildPricingInput } from "@/lib/carts/build-pricing-input";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { remainingFor, type OfferRemaining } from "@/lib/limits/remaining";
import { usageForCart } from "@/lib/limits/usage-cache";
import { parseInstant, priceCart, type DiscountedCart, type PreparedOffers } from "@/lib/pricing";
import { explainLines, type LineExplanation } from "@/lib/pricing/explain-lines";
import { engineOffersOf, type DraftOverlay } from "@/lib/versions/draft-offers";

/** `remaining`: per limited offer of the trace, what it has left (from pricing's usage read, ≤ 1 s stale). */
export type Simulation = {
  cart: DiscountedCart;
  lines: LineExplanation[];
  legacyCodes: string[];
  remaining: Record<string, OfferRemaining>;
};

export async function simulateCart(
  tenantId: string,
  request: CartRequestInput,
  now = new Date(),
  drafts: readonly DraftOverlay[] = [],
): Promise<Simulation> {
  if (drafts.length > 0) return simulateWithDrafts(tenantId, request, now, drafts);
  const input = await buildPricingInput(tenantId, request, now);
  const cart = priceCart(input.prepared, input.request, input.context);
  return {
    cart,
    lines: explainLines(input.prepared, input.request, input.context, cart),
    legacyCodes: input.legacyCodes,
    remaining: remainingOf(input.prepared, cart, input.context.usage, input.request.currency),
  };
}

/** What each limited offer of the trace has left, from the usage the cart was priced with. */
function remainingOf(
  prepared: PreparedOffers,
  cart: DiscountedCart,
  usage: Parameters<typeof priceCart>[2]["usage"],
  currency: string,
): Record<string, OfferRemaining> {
  const offers = new Map([...prepared.automatic, ...prepared.couponsById.values()].map((p) => [p.offer.id, p.offer]));
  const remaining: Record<string, OfferRemaining> = {};
  for (const entry of cart.trace) {
    const limits = offers.get(entry.id)?.limits;
    if (limits) remaining[entry.id] = remainingFor(limits, usage?.[entry.id], currency);
  }
  return remaining;
}

async function simulateWithDrafts(
  tenantId: string,
  request: CartRequestInput,
  now: Date,
  drafts: readonly DraftOverlay[],
): Promise<Simulation> {
  const batch = await loadBatchPricing(tenantId, [request], now);
  const set = preparedWith(batch, await engineOffersOf(tenantId, drafts, batch.issuedSources));
  const args = batchPricingArgs(batch, set, request);
  // Limits as the live simulator reads them (contract §7), for the offers of this set.
  const offers = [...set.prepared.automatic, ...set.prepared.couponsById.values()].map((p) => p.offer);
  const usage = await usageForCart(tenantId, offers, {
    atMs: parseInstant(request.at) ?? now.getTime(),
    timeZone: batch.tenantTimeZone,
    customerId: request.customerId,
    currency: request.currency,
  });
  const context = { ...args.context, usage };
  const cart = priceCart(set.prepared, args.request, context);
  // The batch builder does not read legacy v0 coupons (as in batch runs), so none is named here.
  return {
    cart,
    lines: explainLines(set.prepared, args.request, context, cart),
    legacyCodes: [],
    remaining: remainingOf(set.prepared, cart, usage, args.request.currency),
  };
}
