// The error a refused redemption answers (contract §1.2, §4.9): one cause per refused code, naming
// `codes[i]`, and one per refused automatic promotion, naming `cart` (the cart was priced with it, so
// the caller prices the cart again and redeems what it answers). Nothing of the order was recorded.
import { AppError, type ErrorCause } from "@/lib/errors";
import type { RejectReason } from "@/lib/pricing";
import type { CodeVerdict } from "@/lib/redemptions/check-codes-for-redemption";

export type PromotionVerdict = { offerId: string; name: string; reason: RejectReason };

const REASON_MESSAGES: Partial<Record<string, string>> = {
  not_found: "No such code",
  redemption_limit_reached: "The code or its coupon has reached its redemption limit",
  customer_limit_reached: "The coupon has reached its limit for this customer (or the order names no consumerId)",
  budget_exhausted: "The discount would take the coupon past its budget",
};
const PROMOTION_MESSAGES: Partial<Record<string, string>> = {
  redemption_limit_reached: "has reached its redemption limit",
  customer_limit_reached: "has reached its limit for this customer (or the order names no consumerId)",
  budget_exhausted: "would go past its budget with this discount",
};
const LIMIT_REASONS = new Set(["redemption_limit_reached", "customer_limit_reached", "budget_exhausted"]);

export function refusal(
  verdicts: readonly CodeVerdict[],
  codes: readonly string[],
  promotions: readonly PromotionVerdict[] = [],
): AppError {
  const failed = verdicts.filter((v) => v.reason);
  const causes: ErrorCause[] = failed.map((v) => ({
    field: `codes[${codes.indexOf(v.code)}]`,
    code: v.reason!,
    message: `${v.code}: ${REASON_MESSAGES[v.reason!] ?? v.reason!.replace(/_/g, " ")}`,
  }));
  for (const p of promotions) {
    causes.push({
      field: "cart",
      code: p.reason,
      message: `Automatic promotion "${p.name}" (${p.offerId}) ${PROMOTION_MESSAGES[p.reason] ?? p.reason.replace(/_/g, " ")}: price the cart again`,
    });
  }
  const message =
    promotions.length === 0
      ? `Nothing was redeemed: ${failed.length} of ${verdicts.length} code(s) cannot be redeemed`
      : `Nothing was redeemed: ${promotions.length} automatic promotion(s) and ${failed.length} code(s) cannot be redeemed`;
  if (promotions.length === 0 && failed.every((v) => v.reason === "not_found")) return new AppError("not_found", message, { causes });
  if (promotions.length > 0 || failed.some((v) => LIMIT_REASONS.has(v.reason!))) return new AppError("conflict", message, { causes });
  return new AppError("unprocessable", message, { causes });
}

/** A budgeted offer's use without the order's cart: its amount is unknown, so it cannot be held to the budget (§5). */
export function cartRequired(): AppError {
  const message = "A coupon of this order has a spend budget: send the order's cart so its discount can be counted";
  return new AppError("unprocessable", `cart: ${message}`, { causes: [{ field: "cart", code: "required", message }] });
}
