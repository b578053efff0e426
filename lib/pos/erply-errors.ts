// The Erply error codes of reference §9.4–§9.6, as our one error type: the HTTP status says what kind
// of failure it is, `causes[0].code` carries the Erply number (erply_1040 …) for tills that map them.
import { AppError } from "@/lib/errors";

export function serialTaken(serial: string): AppError {
  return new AppError(
    "conflict",
    `Serial ${serial} is already used by another issued coupon (Erply error 1012); send another uniqueIdentifier or leave it out to get a generated one`,
    {
      causes: [{ field: "uniqueIdentifier", code: "erply_1012", message: `Serial ${serial} is already used` }],
    },
  );
}

export function notEnoughPoints(customerId: string | null, cost: number, balance: number | null): AppError {
  const who = customerId ? `customer ${customerId} has ${balance ?? 0}` : "no customer was given to pay them";
  return new AppError(
    "unprocessable",
    `Not enough reward points: printing this coupon costs ${cost} points and ${who} (Erply error 1042). Nothing was issued.`,
    {
      causes: [{ field: "customerId", code: "erply_1042", message: `Printing costs ${cost} reward points; ${who}` }],
    },
  );
}

export function neverIssued(serial: string): AppError {
  return new AppError("not_found", `No coupon with serial ${serial} was ever issued (Erply error 1040)`, {
    causes: [{ field: "uniqueIdentifier", code: "erply_1040", message: "This coupon was never issued" }],
  });
}

export function alreadyRedeemed(serial: string, redeemedAt: Date | null): AppError {
  const when = redeemedAt ? ` on ${redeemedAt.toISOString()}` : "";
  return new AppError("conflict", `Coupon ${serial} was already redeemed${when} (Erply error 1041)`, {
    causes: [{ field: "uniqueIdentifier", code: "erply_1041", message: `Already redeemed${when}` }],
  });
}

export function expired(serial: string, validTo: string | null): AppError {
  const until = validTo ? ` (valid until ${validTo.replace("T", " ")} store time)` : "";
  return new AppError("unprocessable", `Coupon ${serial} has expired${until} (Erply error 1045)`, {
    causes: [{ field: "uniqueIdentifier", code: "erply_1045", message: `Expired${until}` }],
  });
}

const LIMIT_MESSAGES = {
  redemption_limit_reached: "has reached its redemption limit",
  customer_limit_reached: "has reached its limit for this customer (or no customerId was given)",
  budget_exhausted: "would go past its budget with this discount",
} as const;
export type LimitReason = keyof typeof LIMIT_MESSAGES;
export const isLimitReason = (reason: string): reason is LimitReason => reason in LIMIT_MESSAGES;

/**
 * Contract §7 on a printed coupon: Erply has no number for a campaign's limit, so the cause carries
 * the §4.9 reason the cart API gives for the same limit. 409, like 1041: the coupon itself is fine and
 * stays ACTIVE, it can be presented again once the limit's window restarts.
 */
export function campaignLimitReached(serial: string, campaign: string, reason: LimitReason): AppError {
  const why = `campaign "${campaign}" ${LIMIT_MESSAGES[reason]}`;
  return new AppError("conflict", `Coupon ${serial} cannot be redeemed: its ${why}. The coupon stays active.`, {
    causes: [{ field: "uniqueIdentifier", code: reason, message: `Its ${why}` }],
  });
}

/** The sale's cart does not get the coupon's campaign (a line, store or currency rule of §4.9). */
export function cartRefused(serial: string, reason: string): AppError {
  const why = reason.replace(/_/g, " ");
  return new AppError("unprocessable", `cart: the sale does not get the campaign of coupon ${serial} (${why}). Nothing was redeemed.`, {
    causes: [{ field: "cart", code: reason, message: `The cart does not get this coupon's campaign: ${why}` }],
  });
}
