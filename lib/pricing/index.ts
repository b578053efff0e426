// Public surface of the pricing engine. Pure: no I/O, no clock, no environment.
export type * from "./types";
export type { PreparedOffers } from "./prepare-offers";
export type { PreparedOffer } from "./prepared-offer";
export type { EligibilityFacts } from "./eligibility";
export { prepareOffers } from "./prepare-offers";
export { priceCart } from "./price-cart";
export { withOffers } from "./with-offers";
export { withCoupons } from "./with-coupons";
export { evaluateCodes } from "./evaluate-codes";
export { checkCodeState, checkOfferEligibility } from "./eligibility";
export { currencyExponent, isKnownCurrency } from "./currency";
export { toMinorUnits, toMajorUnits, formatMinorUnits } from "./money";
export { parseInstant, wallTimeToInstant, isValidTimeZone, formatInstantInZone, formatWallDateTime } from "./time";
