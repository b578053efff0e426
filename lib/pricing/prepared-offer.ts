// One offer turned into the form the engine needs at pricing time: parsed dates and percentages,
// filters as sets, restriction lists as sets. Done once per offer set by prepareOffers.
import { toMinorUnits, percentToScaled } from "./money";
import { prepareFilter, type PreparedFilter } from "./product-filter";
import { parseDateTime, parseInstant, wallTimeToInstant, type ParsedDateTime } from "./time";
import type { CategoryKind, CurrencyCondition, Offer } from "./types";

/** Application stages of contract §4.3, in order. */
export const Stage = { Bundle: 0, ProductLevel: 1, CartLevel: 2, BuyXGetY: 3, Shipping: 4, FreeShipping: 5 } as const;
export type Stage = (typeof Stage)[keyof typeof Stage];

export type PreparedOffer = {
  readonly offer: Offer;
  readonly kind: CategoryKind;
  /** Position in the array given to prepareOffers: the last tie-break, so order never depends on a sort's stability. */
  readonly position: number;
  readonly stage: Stage;
  /** Order inside a stage: 0 = percentage (or cart-level with a products filter), 1 = the rest. */
  readonly subStage: 0 | 1;
  readonly isPercentage: boolean;
  /** Percentage in millionths of a percent (money.ts PERCENT_SCALE); 0 for fixed kinds. */
  readonly percentScaled: number;
  /** Filters by slot: [products] for product/cart level, [buy, get] for BXGY, one per bundle item. Empty = whole cart. */
  readonly slots: readonly PreparedFilter[];
  /** Units per slot (BXGY buy/get quantities, bundle item quantities); 0 where it does not apply. */
  readonly slotQuantities: readonly number[];
  readonly maxQuantity: number | null;
  readonly maxApplications: number | null;
  readonly createdAtMs: number;
  readonly validFrom: ParsedDateTime | null;
  readonly validTo: ParsedDateTime | null;
  readonly stores: ReadonlySet<string> | null;
  readonly consumers: ReadonlySet<string> | null;
  readonly channels: ReadonlySet<string> | null;
  readonly currencies: ReadonlyMap<string, CurrencyCondition> | null;
  readonly shippingOptions: ReadonlySet<string> | null;
  /** Shipping discounts: the highest shipping price they apply to, major units of the cart currency; null = any. */
  readonly shippingPriceLimit: number | null;
  /** Higher first after the kind rules (Offer.priority, default 0). */
  readonly priority: number;
  /** The validity window when it does not depend on a zone (absolute dates), else null. */
  readonly fixedWindow: ValidityWindow | null;
  /** Memo of validity instants per zone, for localized offers (pure: same zone, same answer). */
  readonly windowsByZone: Map<string, ValidityWindow>;
  /** Memo of the fixed amount in minor units per cart currency. */
  readonly fixedByCurrency: Map<string, number>;
};

export type ValidityWindow = { fromMs: number; toMs: number };

function optionalSet(values: readonly string[] | undefined): ReadonlySet<string> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

function positiveIntegerOrNull(value: number | undefined | null): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : null;
}

function unitCount(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

export function prepareOffer(offer: Offer, position: number): PreparedOffer {
  const category = offer.category;
  let stage: Stage;
  let subStage: 0 | 1 = 0;
  let percentScaled = 0;
  let slots: PreparedFilter[] = [];
  let slotQuantities: number[] = [];
  let maxQuantity: number | null = null;
  let maxApplications: number | null = null;
  let shippingOptions: ReadonlySet<string> | null = null;
  switch (category.kind) {
    case "BundlePercentage":
    case "BundleFixed":
      stage = Stage.Bundle;
      subStage = category.kind === "BundlePercentage" ? 0 : 1;
      if (subStage === 0) percentScaled = percentToScaled(category.discount);
      slots = category.items.map((item) => prepareFilter(item.products));
      slotQuantities = category.items.map((item) => unitCount(item.quantity));
      maxApplications = positiveIntegerOrNull(category.maxApplications);
      break;
    case "ProductLevelPercentage":
    case "ProductLevelFixed":
      stage = Stage.ProductLevel;
      subStage = category.kind === "ProductLevelPercentage" ? 0 : 1;
      if (subStage === 0) percentScaled = percentToScaled(category.discount);
      slots = [prepareFilter(category.products)];
      slotQuantities = [0];
      maxQuantity = positiveIntegerOrNull(category.maxQuantity);
      break;
    case "CartLevelPercentage":
    case "CartLevelFixed": {
      stage = Stage.CartLevel;
      // A filter with no criteria is treated as absent: the offer then covers the whole cart.
      const filter = prepareFilter(category.products);
      subStage = filter.hasCriteria ? 0 : 1;
      slots = filter.hasCriteria ? [filter] : [];
      slotQuantities = filter.hasCriteria ? [0] : [];
      if (category.kind === "CartLevelPercentage") percentScaled = percentToScaled(category.discount);
      break;
    }
    case "BogoPercentage":
    case "BogoFixed":
      stage = Stage.BuyXGetY;
      subStage = category.kind === "BogoPercentage" ? 0 : 1;
      if (subStage === 0) percentScaled = percentToScaled(category.discount);
      slots = [prepareFilter(category.buy.products), prepareFilter(category.get.products)];
      slotQuantities = [unitCount(category.buy.quantity), unitCount(category.get.quantity)];
      maxApplications = positiveIntegerOrNull(category.maxApplications);
      break;
    case "ShippingPercentage":
    case "ShippingFixed":
      // Before free shipping: a discount on shipping is worth nothing once shipping is waived.
      stage = Stage.Shipping;
      subStage = category.kind === "ShippingPercentage" ? 0 : 1;
      if (subStage === 0) percentScaled = percentToScaled(category.discount);
      break;
    case "FreeShipping":
      stage = Stage.FreeShipping;
      shippingOptions = optionalSet(category.shippingOptions);
      break;
    default: {
      const unknownKind: never = category;
      throw new TypeError(`Unknown category kind: ${JSON.stringify(unknownKind)}`);
    }
  }
  const currencies = offer.currencies.length > 0 ? new Map(offer.currencies.map((c) => [c.code, c])) : null;
  const validFrom = parseDateTime(offer.validFrom);
  const validTo = offer.validTo ? parseDateTime(offer.validTo) : null;
  const zoneDependent = offer.localizedTimezone && (validFrom?.offsetMinutes === null || validTo?.offsetMinutes === null);
  return {
    offer,
    kind: category.kind,
    position,
    stage,
    subStage,
    isPercentage: category.kind.endsWith("Percentage"),
    percentScaled,
    slots,
    slotQuantities,
    maxQuantity,
    maxApplications,
    createdAtMs: parseInstant(offer.createdAt) ?? Number.MAX_SAFE_INTEGER,
    validFrom,
    validTo,
    stores: optionalSet(offer.stores),
    consumers: optionalSet(offer.consumers),
    channels: optionalSet(offer.channels),
    currencies,
    shippingOptions,
    shippingPriceLimit: "shippingPriceLimit" in category ? majorLimit(category.shippingPriceLimit) : null,
    priority: typeof offer.priority === "number" && Number.isFinite(offer.priority) ? offer.priority : 0,
    fixedWindow: zoneDependent ? null : windowIn(offer, validFrom, validTo, "UTC"),
    windowsByZone: new Map(),
    fixedByCurrency: new Map(),
  };
}

/** A limit in major units, kept as given: effects/shipping.ts compares it in minor units of the cart currency. */
function majorLimit(value: number | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Fixed discount in minor units of the cart currency: the per-currency `amount` wins over `discount`. */
export function fixedAmountMinor(prepared: PreparedOffer, currency: string, exponent: number): number {
  let amount = prepared.fixedByCurrency.get(currency);
  if (amount === undefined) {
    const category = prepared.offer.category;
    const override = prepared.currencies?.get(currency)?.amount;
    const major = typeof override === "number" ? override : "discount" in category ? category.discount : 0;
    amount = Number.isFinite(major) && major > 0 ? toMinorUnits(major, exponent) : 0;
    prepared.fixedByCurrency.set(currency, amount);
  }
  return amount;
}

/** How "large" an offer is for the larger-first rules of bundles and BXGY (only compared within one sub-stage). */
export function orderMagnitude(prepared: PreparedOffer, currency: string, exponent: number): number {
  if (prepared.stage !== Stage.Bundle && prepared.stage !== Stage.BuyXGetY) return 0;
  return prepared.isPercentage ? prepared.percentScaled : fixedAmountMinor(prepared, currency, exponent);
}

/**
 * Validity as instants. Localized offers read naive times in `zone`; an offer whose text carries an
 * offset is absolute either way; a naive time on a non-localized offer is read as UTC. Unreadable
 * dates make the offer never valid (start at +infinity, end at -infinity).
 */
export function validityWindow(prepared: PreparedOffer, zone: string): ValidityWindow {
  if (prepared.fixedWindow) return prepared.fixedWindow;
  let window = prepared.windowsByZone.get(zone);
  if (!window) {
    window = windowIn(prepared.offer, prepared.validFrom, prepared.validTo, zone);
    prepared.windowsByZone.set(zone, window);
  }
  return window;
}

function windowIn(offer: Offer, validFrom: ParsedDateTime | null, validTo: ParsedDateTime | null, zone: string): ValidityWindow {
  const toInstant = (parsed: ParsedDateTime): number =>
    parsed.offsetMinutes !== null
      ? parsed.wallMs - parsed.offsetMinutes * 60_000
      : offer.localizedTimezone
        ? wallTimeToInstant(parsed.wallMs, zone)
        : parsed.wallMs;
  const fromMs = validFrom ? toInstant(validFrom) : Number.POSITIVE_INFINITY;
  const toMs = offer.validTo ? (validTo ? toInstant(validTo) : Number.NEGATIVE_INFINITY) : Number.POSITIVE_INFINITY;
  return { fromMs, toMs };
}
