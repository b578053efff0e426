// What one cart's two prices (live, live plus drafts) add to a batch run: its per-cart row and its share
// of the running totals. Amounts are integer minor units of the cart's currency (lib/money); totals are
// kept per currency, since euros and yen do not add up. Pure.
import type { CartResultRow } from "@/lib/batch/queries";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { toMinor } from "@/lib/money/currency";
import type { DiscountedCart } from "@/lib/pricing";

export type SideTotals = { cost: number; uses: number };
export type OfferTotals = { id: string; name: string; source: string; currency: string; live: SideTotals; draft: SideTotals };
export type CurrencyTotals = { carts: number; subtotal: number; live: number; draft: number };
/** The running totals of a run, stored with each committed chunk (the job's checkpoint). */
export type BatchSummary = {
  changedCarts: number;
  currencies: Record<string, CurrencyTotals>;
  /** By `${offerId}|${currency}`. */
  offers: Record<string, OfferTotals>;
};

export type CodesOutcome = { applied: string[]; rejected: { code: string; reason: string }[] };
/** Stored per cart: the request (to open it in the simulator) and the codes on each side. */
export type CartDetail = { request: CartRequestInput; live: CodesOutcome; draft: CodesOutcome };

export function emptySummary(): BatchSummary {
  return { changedCarts: 0, currencies: {}, offers: {} };
}

function codesOf(cart: DiscountedCart): CodesOutcome {
  const applied: string[] = [];
  for (const entry of cart.trace)
    if (entry.source === "coupon" && entry.status === "applied" && entry.couponCode) applied.push(entry.couponCode);
  return { applied, rejected: cart.rejectedCouponCodes.map((r) => ({ code: r.code, reason: r.reason })) };
}

function appliedSignature(cart: DiscountedCart): string {
  let signature = "";
  for (const entry of cart.trace) if (entry.status === "applied") signature += `${entry.id}:${entry.amount};`;
  return signature;
}

function addOffers(summary: BatchSummary, cart: DiscountedCart, currency: string, side: "live" | "draft"): void {
  for (const entry of cart.trace) {
    if (entry.status !== "applied") continue;
    const key = `${entry.id}|${currency}`;
    let offer = summary.offers[key];
    if (!offer) {
      offer = { id: entry.id, name: entry.name, source: entry.source, currency, live: { cost: 0, uses: 0 }, draft: { cost: 0, uses: 0 } };
      summary.offers[key] = offer;
    }
    if (side === "draft") offer.name = entry.name;
    offer[side].cost += toMinor(entry.amount, currency);
    offer[side].uses += 1;
  }
}

/** The cart's row, and its amounts added to `summary` (mutated: the job keeps one summary per run). */
export function recordCartOutcome(
  summary: BatchSummary,
  cart: { seq: number; cartId: string; line: number; request: CartRequestInput },
  live: DiscountedCart,
  draft: DiscountedCart,
): CartResultRow {
  const currency = cart.request.currency;
  const subtotal = toMinor(live.totals.subtotal, currency);
  const shipping = cart.request.shipping ? toMinor(cart.request.shipping.price, currency) : 0;
  const liveDiscount = toMinor(live.totals.discount, currency);
  const draftDiscount = toMinor(draft.totals.discount, currency);
  const liveTotal = toMinor(live.totals.total, currency);
  const draftTotal = toMinor(draft.totals.total, currency);
  const difference = draftDiscount - liveDiscount;
  const base = subtotal + shipping;
  // Floor: a cart is "above" a threshold only when its share really is.
  const draftShareBp = base > 0 ? Math.floor((draftDiscount * 10_000) / base) : 0;
  const changed = difference !== 0 || liveTotal !== draftTotal || appliedSignature(live) !== appliedSignature(draft);

  const totals = (summary.currencies[currency] ??= { carts: 0, subtotal: 0, live: 0, draft: 0 });
  totals.carts += 1;
  totals.subtotal += subtotal;
  totals.live += liveDiscount;
  totals.draft += draftDiscount;
  if (changed) summary.changedCarts += 1;
  addOffers(summary, live, currency, "live");
  addOffers(summary, draft, currency, "draft");

  const detail: CartDetail = { request: cart.request, live: codesOf(live), draft: codesOf(draft) };
  return {
    seq: cart.seq,
    cartId: cart.cartId,
    line: cart.line,
    currency,
    subtotal,
    liveDiscount,
    draftDiscount,
    liveTotal,
    draftTotal,
    difference,
    absDifference: Math.abs(difference),
    draftShareBp,
    changed,
    detail: JSON.stringify(detail),
  };
}
