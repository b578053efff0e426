// Why a cart line got no discount, offer by offer, for the Cart Simulator. priceCart stays lean (it
// serves checkout); this runs after it on the same prepared offers and reads its trace. Pure.
//
// For each line without a discount, each automatic promotion and each coupon the cart names gets one
// note: the line is on the exclusion list, the offer's product filter does not match it, the offer
// was turned down for the whole cart (the trace's reason), it was never in play here (store, dates,
// currency…, which the trace leaves out), or it applied but to other units or lines.
import { buildRun, type CartLine } from "./cart-lines";
import { currencyExponent } from "./currency";
import { checkOfferEligibility, type EligibilityFacts } from "./eligibility";
import { eligibilityFacts } from "./price-cart";
import { rejectionMessage } from "./messages";
import type { PreparedOffers } from "./prepare-offers";
import { Stage, type PreparedOffer } from "./prepared-offer";
import { filterMatches, type PreparedFilter } from "./product-filter";
import type { CartRequest, DiscountedCart, OfferSource, PricingContext, RejectReason, TraceEntry } from "./types";

export type LineNoteReason = "excluded" | "no_price" | "filter_not_matched" | "not_applicable" | "applied_elsewhere" | RejectReason;

export type LineNote = {
  /** Offer id; "" for a note about the line itself (exclusion list, no price). */
  offerId: string;
  name: string;
  source: OfferSource | "";
  couponCode?: string;
  reason: LineNoteReason;
  message: string;
};

export type LineExplanation = { index: number; productId: string; discounted: boolean; notes: LineNote[] };

function describeFilter(filter: PreparedFilter): string {
  const parts: string[] = [];
  if (filter.productIds.size)
    parts.push(`products ${[...filter.productIds].slice(0, 3).join(", ")}${filter.productIds.size > 3 ? "…" : ""}`);
  if (filter.categories.size)
    parts.push(`categories ${[...filter.categories].slice(0, 3).join(", ")}${filter.categories.size > 3 ? "…" : ""}`);
  for (const [key, values] of filter.attributeList) parts.push(`${key} ${[...values].join("/")}`);
  return parts.join(" or ") || "no product";
}

function offerLabel(prepared: PreparedOffer, code: string | undefined): string {
  return code !== undefined ? `Coupon ${code}` : `Promotion "${prepared.offer.name}"`;
}

function noteFor(
  prepared: PreparedOffer,
  code: string | undefined,
  line: CartLine,
  lineIndex: number,
  cart: DiscountedCart,
  entry: TraceEntry | undefined,
  facts: EligibilityFacts,
): LineNote | null {
  const base = {
    offerId: prepared.offer.id,
    name: prepared.offer.name,
    source: prepared.offer.source,
    ...(code !== undefined ? { couponCode: code } : {}),
  };
  const label = offerLabel(prepared, code);
  if (prepared.stage === Stage.Shipping || prepared.stage === Stage.FreeShipping) return null; // discounts shipping, never a line
  if (prepared.slots.length > 0 && !prepared.slots.some((filter) => filterMatches(filter, line))) {
    return {
      ...base,
      reason: "filter_not_matched",
      message: `${label} is for ${prepared.slots.map(describeFilter).join(" + ")}: this product is not one of them.`,
    };
  }
  if (entry?.status === "rejected" && entry.reason) return { ...base, reason: entry.reason, message: entry.message ?? entry.reason };
  if (entry?.status === "applied") {
    const elsewhere = cart.items.some((item, i) => i !== lineIndex && item.discounts.some((d) => d.id === prepared.offer.id));
    return {
      ...base,
      reason: "applied_elsewhere",
      message: `${label} applied${elsewhere ? " to other lines" : ""}, not to this one (its limits or its cheapest-units rule left this line out).`,
    };
  }
  const reason = checkOfferEligibility(prepared, facts);
  if (reason) return { ...base, reason, message: rejectionMessage({ reason, facts, prepared, code }) };
  return { ...base, reason: "not_applicable", message: `${label} does not apply to this cart.` };
}

/** Notes for every line without a discount (discounted lines get an empty list). */
export function explainLines(
  offers: PreparedOffers,
  request: CartRequest,
  context: PricingContext,
  cart: DiscountedCart,
): LineExplanation[] {
  const excluded = new Set(context.exclusionList);
  const exponent = currencyExponent(request.currency);
  const run = buildRun(request, exponent, excluded);
  const facts = eligibilityFacts(request, context, run);
  const traceById = new Map<string, TraceEntry>();
  for (const entry of cart.trace)
    if (entry.id && !traceById.has(`${entry.id}\u0000${entry.couponCode ?? ""}`))
      traceById.set(`${entry.id}\u0000${entry.couponCode ?? ""}`, entry);
  const coupons = cart.trace.filter((t) => t.source === "coupon" && t.id && offers.couponsById.has(t.id));

  return run.lines.map((line, index): LineExplanation => {
    const item = cart.items[index];
    const discounted = (item?.discounts.length ?? 0) > 0;
    const explanation: LineExplanation = { index, productId: line.productId, discounted, notes: [] };
    if (discounted) return explanation;
    if (excluded.has(line.productId)) {
      explanation.notes.push({
        offerId: "",
        name: "",
        source: "",
        reason: "excluded",
        message: "On the exclusion list: no promotion or coupon may discount it.",
      });
      return explanation;
    }
    if (line.totalMinor <= 0) {
      explanation.notes.push({
        offerId: "",
        name: "",
        source: "",
        reason: "no_price",
        message: "Its price is zero: there is nothing to discount.",
      });
      return explanation;
    }
    for (const prepared of offers.automatic) {
      const note = noteFor(prepared, undefined, line, index, cart, traceById.get(`${prepared.offer.id}\u0000`), facts);
      if (note) explanation.notes.push(note);
    }
    for (const entry of coupons) {
      const note = noteFor(offers.couponsById.get(entry.id)!, entry.couponCode, line, index, cart, entry, facts);
      if (note) explanation.notes.push(note);
    }
    return explanation;
  });
}
