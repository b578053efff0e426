// Re-checks codes at redemption time with the engine's own checks (contract §4.9), in its order.
// A redemption call carries no cart lines, so the line-based checks (no_eligible_items, exclusivity)
// belong to the pricing call before it. Without `currency` the currency and minimum checks cannot be
// made and are skipped; without `catalogTotal` the minimum check is skipped.
import type { LoadedCodes } from "@/lib/carts/load-coupon-codes";
import { toMinor } from "@/lib/money/currency";
import {
  checkCodeState,
  checkOfferEligibility,
  currencyExponent,
  isKnownCurrency,
  parseInstant,
  prepareOffers,
  type RejectReason,
} from "@/lib/pricing";
import type { RedeemCodesInput } from "@/lib/redemptions/schemas";

export type CodeVerdict = { code: string; reason: RejectReason | null };

export function checkCodesForRedemption(
  input: RedeemCodesInput,
  loaded: LoadedCodes,
  context: { now: Date; timeZone: string },
): CodeVerdict[] {
  const prepared = prepareOffers(loaded.coupons);
  return input.codes.map((code) => {
    const state = loaded.codes[code];
    const coupon = state ? prepared.couponsById.get(state.offerId) : undefined;
    const codeProblem = checkCodeState(state, coupon);
    if (codeProblem || !coupon) return { code, reason: codeProblem ?? "not_found" };
    const currency = input.currency && isKnownCurrency(input.currency) ? input.currency : (coupon.offer.currencies[0]?.code ?? "EUR");
    const exponent = currencyExponent(currency);
    const reason = checkOfferEligibility(
      coupon,
      {
        atMs: parseInstant(context.now.toISOString()) ?? context.now.getTime(),
        timeZone: context.timeZone,
        storeId: input.storeId,
        customerId: input.consumerId,
        channelType: input.channelType,
        customerSegments: [],
        currency,
        exponent,
        subtotalMinor:
          input.catalogTotal === undefined || !input.currency ? Number.MAX_SAFE_INTEGER : toMinor(input.catalogTotal, input.currency),
      },
      state,
    );
    // Segments are a pricing-time condition: the redemption call does not carry the customer's profile.
    return { code, reason: reason === "segment_not_matched" ? null : reason };
  });
}
