// Turns the decisions into the DiscountedCart of contract §4, converting minor units back to major
// units only here. Totals: discount = item discounts + shipping discounts; shipping = shipping
// price after its discounts; total = subtotal + shipping price - discount.
import type { CartRequest, AppliedDiscount, DiscountedCart, DiscountedItem, RejectedCouponCode, TraceEntry } from "./types";
import type { PricingRun } from "./cart-lines";
import type { Decision } from "./decision";
import { toMajorUnits } from "./money";

// Objects are built as literals, field by field: on Node 20 object spread is an order of magnitude
// slower, and this is the hottest allocation site of the engine.
function appliedDiscount(decision: Decision, amount: number, quantity: number | undefined): AppliedDiscount {
  const offer = decision.prepared!.offer;
  const discount: AppliedDiscount = {
    source: offer.source,
    id: offer.id,
    name: offer.name,
    kind: offer.category.kind,
    exclusive: offer.exclusive,
    amount,
  };
  if (decision.code !== undefined) discount.couponCode = decision.code;
  if (quantity !== undefined) discount.quantity = quantity;
  return discount;
}

export function buildDiscountedCart(
  request: CartRequest,
  run: PricingRun,
  appliedInOrder: readonly Decision[],
  traceDecisions: readonly Decision[],
): DiscountedCart {
  const exponent = run.exponent;
  const lineDiscounts: AppliedDiscount[][] = run.lines.map(() => []);
  const lineDiscountMinor = run.lines.map(() => 0);
  const shippingDiscounts: AppliedDiscount[] = [];
  let shippingDiscountMinor = 0;
  for (const decision of appliedInOrder) {
    const effect = decision.effect!;
    for (let i = 0; i < effect.lines.length; i++) {
      const line = effect.lines[i];
      lineDiscounts[line].push(appliedDiscount(decision, toMajorUnits(effect.amounts[i], exponent), effect.units?.[i]));
      lineDiscountMinor[line] += effect.amounts[i];
    }
    if (effect.shipping > 0) {
      shippingDiscounts.push(appliedDiscount(decision, toMajorUnits(effect.shipping, exponent), undefined));
      shippingDiscountMinor += effect.shipping;
    }
  }

  let itemDiscountMinor = 0;
  const items = run.lines.map((line, i): DiscountedItem => {
    itemDiscountMinor += lineDiscountMinor[i];
    const { id, productId, quantity, price, categories, attributes } = line.item;
    // The item's own fields, echoed; absent optional ones stay undefined (JSON leaves them out).
    return {
      id,
      productId,
      quantity,
      price,
      categories,
      attributes,
      discounts: lineDiscounts[i],
      totalDiscount: toMajorUnits(lineDiscountMinor[i], exponent),
      finalPrice: toMajorUnits(line.totalMinor - lineDiscountMinor[i], exponent),
    };
  });

  const trace: TraceEntry[] = [];
  const rejectedCouponCodes: RejectedCouponCode[] = [];
  for (const decision of traceDecisions) {
    const offer = decision.prepared?.offer;
    const entry: TraceEntry = {
      source: decision.source,
      id: offer?.id ?? "",
      name: offer?.name ?? "",
      kind: offer?.category.kind ?? "",
      status: decision.effect ? "applied" : "rejected",
      amount: decision.effect ? toMajorUnits(decision.effect.total, exponent) : 0,
    };
    if (decision.code !== undefined) entry.couponCode = decision.code;
    if (decision.reason) {
      entry.reason = decision.reason;
      entry.message = decision.message;
      if (decision.code !== undefined) {
        rejectedCouponCodes.push({ code: decision.code, reason: decision.reason, message: decision.message ?? "" });
      }
    }
    trace.push(entry);
  }

  const discountMinor = itemDiscountMinor + shippingDiscountMinor;
  return Object.assign({}, request, {
    items,
    shippingDiscounts,
    totals: {
      subtotal: toMajorUnits(run.subtotalMinor, exponent),
      discount: toMajorUnits(discountMinor, exponent),
      shipping: toMajorUnits(run.shippingMinor - shippingDiscountMinor, exponent),
      total: toMajorUnits(run.subtotalMinor + run.shippingMinor - discountMinor, exponent),
    },
    rejectedCouponCodes,
    trace,
  });
}
