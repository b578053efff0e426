// The cart as the engine sees it: lines in integer minor units plus the mutable pricing state
// (what is left of each line and of shipping, and which units a multi-unit deal already used).
import { mulDivHalfUp, toMinorUnits } from "./money";
import type { CartItemInput, CartRequest } from "./types";

export type CartLine = {
  readonly index: number;
  readonly item: CartItemInput;
  readonly productId: string;
  readonly categories?: readonly string[];
  readonly attributes?: Readonly<Record<string, string>>;
  readonly quantity: number;
  readonly unitMinor: number;
  readonly totalMinor: number;
};

export type PricingRun = {
  readonly lines: readonly CartLine[];
  /**
   * Indices of the lines offers may touch: not on the global exclusion list (contract §4.2: such
   * lines are invisible to every offer) and with a positive total.
   */
  readonly discountableLines: readonly number[];
  readonly currency: string;
  readonly exponent: number;
  readonly shippingMethod: string | undefined;
  readonly shippingMinor: number;
  readonly subtotalMinor: number;
};

export type PricingState = {
  remaining: number[];
  /** Units per line already used as buy/get/bundle units: a unit takes part in at most one such deal. */
  consumed: number[];
  shippingRemaining: number;
};

// Validation happens at the edge; here out-of-range numbers are clamped so the engine never throws
// on a cart and never produces a negative line.
function safeMinor(value: number, exponent: number): number {
  return Number.isFinite(value) && value > 0 ? toMinorUnits(value, exponent) : 0;
}

function safeQuantity(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export function buildRun(request: CartRequest, exponent: number, excluded: ReadonlySet<string>): PricingRun {
  const lines: CartLine[] = [];
  const discountableLines: number[] = [];
  let subtotalMinor = 0;
  request.items.forEach((item, index) => {
    const quantity = safeQuantity(item.quantity);
    const unitMinor = safeMinor(item.price, exponent);
    const line: CartLine = {
      index,
      item,
      productId: item.productId,
      categories: item.categories,
      attributes: item.attributes,
      quantity,
      unitMinor,
      totalMinor: unitMinor * quantity,
    };
    lines.push(line);
    subtotalMinor += line.totalMinor;
    if (line.totalMinor > 0 && !excluded.has(item.productId)) discountableLines.push(index);
  });
  return {
    lines,
    discountableLines,
    currency: request.currency,
    exponent,
    shippingMethod: request.shipping?.method,
    shippingMinor: request.shipping ? safeMinor(request.shipping.price, exponent) : 0,
    subtotalMinor,
  };
}

/** Units of a line not yet used by an earlier multi-unit deal (buy-x-get-y, bundles). */
export function unconsumedUnits(run: PricingRun, state: PricingState, index: number): number {
  return run.lines[index].quantity - state.consumed[index];
}

export function initialState(run: PricingRun): PricingState {
  return {
    remaining: run.lines.map((line) => line.totalMinor),
    consumed: run.lines.map(() => 0),
    shippingRemaining: run.shippingMinor,
  };
}

export function cloneState(state: PricingState): PricingState {
  return { remaining: state.remaining.slice(), consumed: state.consumed.slice(), shippingRemaining: state.shippingRemaining };
}

/** What one offer takes: amounts per line (parallel arrays), units used by multi-unit deals, shipping. */
export type Effect = {
  readonly lines: number[];
  readonly amounts: number[];
  /** Units discounted per entry of `lines` (BXGY get units, bundle units); null for other kinds. */
  readonly units: number[] | null;
  /** Units used per line (index -> count), buy units included. */
  readonly consumed: ReadonlyMap<number, number> | null;
  readonly shipping: number;
  readonly total: number;
};

export function commitEffect(state: PricingState, effect: Effect): void {
  for (let i = 0; i < effect.lines.length; i++) state.remaining[effect.lines[i]] -= effect.amounts[i];
  if (effect.consumed) for (const [line, units] of effect.consumed) state.consumed[line] += units;
  state.shippingRemaining -= effect.shipping;
}

/** Remaining value of `units` of a line (half-up), so later deals see what earlier ones left. */
export function valueOfUnits(state: PricingState, line: CartLine, units: number): number {
  const remaining = state.remaining[line.index];
  return units >= line.quantity ? remaining : mulDivHalfUp(remaining, units, line.quantity);
}
