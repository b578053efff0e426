// Plain-language explanations of rejections, written for marketers reading the simulator.
import { remainingBudgetMinor, type EligibilityFacts } from "./eligibility";
import { formatMinorUnits, toMinorUnits } from "./money";
import { validityWindow, type PreparedOffer } from "./prepared-offer";
import { formatWallTime, type ParsedDateTime } from "./time";
import type { RejectReason } from "./types";

export type RejectionDetails = {
  readonly reason: RejectReason;
  readonly facts: EligibilityFacts;
  readonly prepared?: PreparedOffer;
  /** The code, for coupons. */
  readonly code?: string;
  /** excluded_by_exclusive: the exclusive offer kept, or null when the non-exclusive ones won. */
  readonly winner?: PreparedOffer | null;
  /** duplicate_code: the earlier code of the same coupon, when it is another code. */
  readonly earlierCode?: string;
};

/** `code X` or `promotion "Name"`; capitalized to open a sentence (built directly: every rejection
 * of every cart gets a message, so no capitalize pass over the string). */
function label(prepared: PreparedOffer | undefined, code: string | undefined, capitalized: boolean): string {
  if (code !== undefined) return `${capitalized ? "Code" : "code"} ${code}`;
  return `${capitalized ? "Promotion" : "promotion"} "${prepared?.offer.name ?? ""}"`;
}

function offerLabel(prepared: PreparedOffer): string {
  return `${prepared.offer.source === "coupon" ? "coupon" : "promotion"} "${prepared.offer.name}"`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A validity bound as people read it: naive times in store time, absolute ones in UTC. */
function describeMoment(prepared: PreparedOffer, parsed: ParsedDateTime | null, instantMs: number): string {
  if (!parsed) return "an unreadable date";
  if (prepared.offer.localizedTimezone && parsed.offsetMinutes === null) return `${formatWallTime(parsed.wallMs)} (store time)`;
  return `${formatWallTime(instantMs)} UTC`;
}

function money(minor: number, facts: EligibilityFacts): string {
  return `${formatMinorUnits(minor, facts.exponent)} ${facts.currency}`;
}

export function rejectionMessage(details: RejectionDetails): string {
  const { reason, facts, prepared, code, winner, earlierCode } = details;
  const Subject = label(prepared, code, true);
  if (!prepared) return reason === "not_found" ? `${Subject} does not exist.` : `${Subject} cannot be used (${reason}).`;
  const offer = prepared.offer;
  switch (reason) {
    case "not_found":
      return `${Subject} does not exist.`;
    case "code_inactive":
      return `${Subject} has been deactivated.`;
    case "inactive":
      return code === undefined
        ? `${Subject} is disabled.`
        : `${capitalize(offerLabel(prepared))} of ${label(prepared, code, false)} is disabled.`;
    case "not_yet_valid":
      return `${Subject} starts on ${describeMoment(prepared, prepared.validFrom, validityWindow(prepared, facts.timeZone).fromMs)}.`;
    case "expired":
      return `${Subject} ended on ${describeMoment(prepared, prepared.validTo, validityWindow(prepared, facts.timeZone).toMs)}.`;
    case "store_not_allowed":
      return facts.storeId === undefined
        ? `${Subject} is only valid in selected stores, and the cart names no store.`
        : `${Subject} is not valid in store ${facts.storeId}.`;
    case "consumer_not_allowed":
      return facts.customerId === undefined
        ? `${Subject} is reserved for selected customers, and the cart names no customer.`
        : `${Subject} is reserved for other customers.`;
    case "channel_not_allowed":
      return facts.channelType === undefined
        ? `${Subject} is only valid on selected channels (${offer.channels.join(", ")}), and the cart names no channel.`
        : `${Subject} is not valid on the ${facts.channelType} channel.`;
    case "segment_not_matched":
      return `${Subject} is only for customers in segment ${offer.segment?.key} = ${offer.segment?.value}.`;
    case "currency_not_allowed":
      return `${Subject} does not accept carts in ${facts.currency}.`;
    case "minimum_not_reached": {
      const minimum = prepared.currencies?.get(facts.currency)?.minimumCartValue ?? 0;
      const minimumMinor = toMinorUnits(minimum, facts.exponent);
      return `Cart total ${money(facts.subtotalMinor, facts)} is below the minimum ${money(minimumMinor, facts)} for ${label(prepared, code, false)}.`;
    }
    case "redemption_limit_reached":
      return `${Subject} has reached its redemption limit.`;
    case "customer_limit_reached":
      return facts.customerId === undefined
        ? `${Subject} is limited per customer and the cart names no customer.`
        : `${Subject} has reached its limit for this customer.`;
    case "budget_exhausted": {
      const left = remainingBudgetMinor(prepared.offer, facts) ?? 0;
      return left > 0
        ? `${Subject} has ${money(left, facts)} of its budget left, less than its discount on this cart.`
        : `${Subject} has used up its budget in ${facts.currency}.`;
    }
    case "no_eligible_items":
      return noEligibleItemsMessage(prepared, label(prepared, code, false), facts);
    case "excluded_by_exclusive":
      return winner
        ? `${Subject} was not applied: the exclusive ${offerLabel(winner)} saves the customer more.`
        : `${Subject} is exclusive and was not applied: the other offers together save the customer more.`;
    case "duplicate_code":
      return earlierCode === undefined || earlierCode === code
        ? `${Subject} was entered more than once; it counts once.`
        : `${Subject} is for the same coupon as code ${earlierCode}, which is already used in this cart.`;
    default: {
      const unknownReason: never = reason;
      return `${Subject} cannot be used (${String(unknownReason)}).`;
    }
  }
}

function noEligibleItemsMessage(prepared: PreparedOffer, subject: string, facts: EligibilityFacts): string {
  const kind = prepared.kind;
  switch (kind) {
    case "FreeShipping":
      return `The cart has no shipping charge that qualifies for ${subject}.`;
    case "ShippingPercentage":
    case "ShippingFixed": {
      const limit = prepared.shippingPriceLimit;
      const limitMinor = limit === null ? null : toMinorUnits(limit, facts.exponent);
      return limitMinor !== null && facts.shippingMinor !== undefined && facts.shippingMinor > limitMinor
        ? `Shipping costs ${money(facts.shippingMinor, facts)}, above the ${money(limitMinor, facts)} that ${subject} applies up to.`
        : `The cart has no shipping charge left for ${subject}.`;
    }
    case "BogoPercentage":
    case "BogoFixed":
      return `The cart does not hold enough qualifying units for ${subject}.`;
    case "BundlePercentage":
    case "BundleFixed":
      return `The cart does not hold a complete bundle for ${subject}.`;
    case "ProductLevelPercentage":
    case "ProductLevelFixed":
    case "CartLevelPercentage":
    case "CartLevelFixed":
      return `Nothing left in the cart qualifies for ${subject}.`;
    default: {
      const unknownKind: never = kind;
      return `Nothing in the cart qualifies for ${subject} (${String(unknownKind)}).`;
    }
  }
}
