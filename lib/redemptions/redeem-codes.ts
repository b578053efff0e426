// Redeems all the codes of an order, or none (contract §5), in one short transaction: the redemption
// rows, their audit events and their redemption.created events (the outbox, contract §9) in one INSERT
// each, then one conditional UPDATE for the codes' counters
// and one for the coupons', checked by the rows they changed, so no number of concurrent requests can
// go over a limit; retrying the same (orderId, code) answers the first redemption instead of counting twice.
// Offers with `limits` (contract §7) also take their usage counters (lib/limits) in the same
// transaction, in one conditional upsert: uses, the customer's uses and the discount amount, which the
// `cart` gives (priced at call time); an amount that would cross a budget refuses the whole order.
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { recordOrderCart } from "@/lib/batch/ledger-carts";
import { loadCouponCodes } from "@/lib/carts/load-coupon-codes";
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import { db } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { AppError, type ErrorCause } from "@/lib/errors";
import { toMinor } from "@/lib/money/currency";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { takesOf, reasonOfScope } from "@/lib/limits/plan-usage";
import { findTenantZone, takeUsage } from "@/lib/limits/queries";
import { hasLimits } from "@/lib/limits/schemas";
import { windowKey } from "@/lib/limits/window-key";
import { isKnownCurrency } from "@/lib/pricing";
import { priceOrder } from "@/lib/redemptions/price-order";
import { confirmReservation } from "@/lib/reservations/confirm-reservation";
import { insertReservation } from "@/lib/reservations/queries";
import { checkCodesForRedemption, type CodeVerdict } from "@/lib/redemptions/check-codes-for-redemption";
import { findRedeemedForOrder, insertRedemptions, takeCodeUses, takeCouponUses } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedeemCodesInput, RedemptionView } from "@/lib/redemptions/schemas";

const REASON_MESSAGES: Partial<Record<string, string>> = {
  not_found: "No such code",
  redemption_limit_reached: "The code or its coupon has reached its redemption limit",
  customer_limit_reached: "The coupon has reached its limit for this customer (or the order names no consumerId)",
  budget_exhausted: "The discount would take the coupon past its budget",
};
const LIMIT_REASONS = new Set(["redemption_limit_reached", "customer_limit_reached", "budget_exhausted"]);

function refusal(verdicts: CodeVerdict[], input: RedeemCodesInput): AppError {
  const failed = verdicts.filter((v) => v.reason);
  const causes: ErrorCause[] = failed.map((v) => ({
    field: `codes[${input.codes.indexOf(v.code)}]`,
    code: v.reason!,
    message: `${v.code}: ${REASON_MESSAGES[v.reason!] ?? v.reason!.replace(/_/g, " ")}`,
  }));
  const message = `Nothing was redeemed: ${failed.length} of ${verdicts.length} code(s) cannot be redeemed`;
  if (failed.every((v) => v.reason === "not_found")) return new AppError("not_found", message, { causes });
  if (failed.some((v) => LIMIT_REASONS.has(v.reason!))) return new AppError("conflict", message, { causes });
  return new AppError("unprocessable", message, { causes });
}

/** A concurrent retry of the same (orderId, code) committed first: roll back and answer what it recorded. */
class ConcurrentRetry extends Error {}

/** A reservation (contract §7): the rows are inserted `reserved` under its id, and it is created in the same transaction. */
export type Hold = { reservationId: string; expiresAt: Date };

export async function redeemCodes(
  actor: Actor,
  input: RedeemCodesInput,
  now = new Date(),
  options: { hold?: Hold } = {},
  attempt = 0,
): Promise<{ redemptions: RedemptionView[]; replayed: boolean }> {
  const tenantId = actor.tenantId;
  const client = db();
  const hold = options.hold;
  // Confirming a reservation takes nothing new: its rows already hold the uses and amounts.
  if (input.reservationId !== undefined && !hold) return confirmReservation(actor, input.reservationId, input.orderId, now);
  // A cart without codes records nothing yet: automatic promotions are not in the ledger (see README).
  if (input.codes.length === 0) return { redemptions: [], replayed: false };
  const previous = hold ? [] : await findRedeemedForOrder(driver(), tenantId, input.orderId, input.codes);
  const done = new Map(previous.map((r) => [r.code, r]));
  const pending = input.codes.filter((code) => !done.has(code));
  if (pending.length === 0) return { redemptions: input.codes.map((code) => toRedemptionView(done.get(code)!)), replayed: true };

  const [loaded, { zone }] = await Promise.all([
    loadCouponCodes(client, tenantId, pending, { issuedCoupons: false }),
    storeTimeZone(client, tenantId, input.storeId),
  ]);
  // The cart names the order's currency; an explicit `currency` must agree with it.
  const currency = input.cart?.currency ?? input.currency;
  if (input.cart && input.currency && input.currency !== input.cart.currency) {
    throw AppError.field("currency", `currency ${input.currency} differs from cart.currency ${input.cart.currency}`);
  }
  const pendingInput = { ...input, codes: pending, currency };
  const verdicts = checkCodesForRedemption(pendingInput, loaded, { now, timeZone: zone });
  if (verdicts.some((v) => v.reason)) throw refusal(verdicts, pendingInput);

  const limitsOf = (code: string) => loaded.coupons.find((c) => c.id === loaded.codes[code].offerId)?.limits ?? null;
  const limited = pending.filter((code) => hasLimits(limitsOf(code)));
  // Without the cart the amount is unknown, and a budget cannot be held to an unknown amount (§5).
  if (!input.cart && limited.some((code) => (limitsOf(code)?.budget?.length ?? 0) > 0)) {
    const message = "A coupon of this order has a spend budget: send the order's cart so its discount can be counted";
    throw new AppError("unprocessable", `cart: ${message}`, { causes: [{ field: "cart", code: "required", message }] });
  }
  const priced = input.cart ? await priceOrder(tenantId, pendingInput, input.cart, pending, now) : null;
  if (priced && priced.refused.length > 0) throw refusal(priced.refused, pendingInput);
  const tenantZone = limited.length > 0 ? await findTenantZone(driver(), tenantId) : "UTC";

  const catalogTotal =
    input.catalogTotal !== undefined && currency && isKnownCurrency(currency) ? toMinor(input.catalogTotal, currency) : null;
  const wanted = pending.map((code) => {
    const limits = limitsOf(code);
    const legacy = loaded.codes[code].definitionId !== undefined;
    return {
      code,
      codeId: loaded.codes[code].id,
      // A legacy coupon is its own engine offer; its redemption is recorded against its definition.
      offerId: loaded.codes[code].definitionId ?? loaded.codes[code].offerId,
      legacy,
      offerType: legacy ? "legacy_coupon" : "coupon",
      limits: hasLimits(limits) ? limits : null,
      consumerId: input.consumerId ?? input.cart?.customerId ?? null,
      channelType: input.channelType ?? null,
      storeId: input.storeId ?? null,
      catalogTotal,
      currency: currency ?? null,
      amount: priced ? (priced.amounts.get(code) ?? 0) : null,
      windowKey: hasLimits(limits) ? windowKey(limits.window, now.getTime(), tenantZone) : null,
    };
  });
  const usesPerCoupon = new Map<string, number>();
  // Legacy coupons have no coupon-wide counter: max_redemptions caps each coupon, on its code row.
  for (const r of wanted) if (!r.legacy) usesPerCoupon.set(r.offerId, (usesPerCoupon.get(r.offerId) ?? 0) + 1);
  try {
    // Five statements whatever the number of codes, on the driver (see lib/db/driver.ts for why). The rows that every checkout of a coupon shares (the
    // code's and the coupon's counters) are updated last, so their locks are held for the shortest time.
    const created = await driver().transaction(async (tx) => {
      if (hold) await insertReservation(tx, tenantId, { id: hold.reservationId, orderId: input.orderId, expiresAt: hold.expiresAt }, now);
      const rows = await insertRedemptions(tx, tenantId, input.orderId, wanted, now, hold?.reservationId ?? null);
      if (rows.length !== wanted.length) throw new ConcurrentRetry();
      if (!hold) await recordOrderCart(tx, tenantId, input, now);
      const events = rows.map((row) => ({
        action: hold ? "reserve" : "redeem",
        objectType: "redemption",
        objectId: row.id,
        changes: { code: row.code, orderId: input.orderId, couponId: row.offerId },
      }));
      await insertAuditEvents(tx, actor, events, now);
      // A held use becomes a redemption (and its event) when the reservation is confirmed.
      if (!hold) {
        await recordOutboxEvents(
          tx,
          rows.map((row) => ({ tenantId, type: "redemption.created" as const, data: { redemption: toRedemptionView(row) } })),
          now,
        );
      }
      // Conditional updates: a limit reached by a concurrent checkout since the check above leaves the
      // code or coupon out of the answer, and the whole order rolls back.
      const codesTaken = await takeCodeUses(
        tx,
        tenantId,
        wanted.map((r) => r.codeId),
      );
      const couponsTaken =
        codesTaken.size === wanted.length && usesPerCoupon.size > 0 ? await takeCouponUses(tx, tenantId, usesPerCoupon) : new Set<string>();
      const short = wanted.filter((r) => !codesTaken.has(r.codeId) || (!r.legacy && !couponsTaken.has(r.offerId)));
      if (short.length > 0)
        throw refusal(
          short.map((r) => ({ code: r.code, reason: "redemption_limit_reached" })),
          pendingInput,
        );
      const refused = await takeUsage(tx, tenantId, wanted.flatMap(takesOf));
      if (refused.length > 0) {
        const reasons = wanted.flatMap((r) => {
          const hit = refused.find((t) => t.offerId === r.offerId);
          return hit ? [{ code: r.code, reason: reasonOfScope(hit.scope) }] : [];
        });
        throw refusal(reasons, pendingInput);
      }
      return rows;
    });
    const byCode = new Map([...done, ...created.map((r) => [r.code, r] as const)]);
    return { redemptions: input.codes.map((code) => toRedemptionView(byCode.get(code)!)), replayed: false };
  } catch (error) {
    // A concurrent retry of the same (orderId, code) got there first: answer what it recorded.
    const raced = error instanceof ConcurrentRetry;
    if (raced && attempt === 0 && !hold) return redeemCodes(actor, input, now, options, 1);
    // Still taken on the retry: a reservation of this order holds the code (confirm it with reservationId).
    if (raced)
      throw new AppError(
        "conflict",
        `Order ${input.orderId} already holds these codes: confirm its reservation with reservationId, or release it`,
      );
    throw error;
  }
}
