// Redeems all the codes of an order, or none (contract §5), in one short transaction: the redemption
// rows, their audit events and their redemption.created events (the outbox, contract §9) in one INSERT
// each, then one conditional UPDATE for the codes' counters
// and one for the coupons', checked by the rows they changed, so no number of concurrent requests can
// go over a limit; retrying the same (orderId, code) answers the first redemption instead of counting twice.
// With `cart`, the automatic promotions the cart gets are recorded too, one ledger row each (code ""),
// once per order: a retry or a later call of the same order answers the rows already recorded.
// Offers with `limits` (contract §7) also take their usage counters (lib/limits) in the same
// transaction, in one conditional upsert: uses, the customer's uses and the discount amount, which the
// `cart` gives (priced at call time); an amount that would cross a budget refuses the whole order.
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { recordOrderCart } from "@/lib/batch/ledger-carts";
import { loadCouponCodes } from "@/lib/carts/load-coupon-codes";
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import { db } from "@/lib/db/client";
import { driver, type Statements } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { toMinor } from "@/lib/money/currency";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { crossedThresholds, thresholdEvents } from "@/lib/limits/budget-thresholds";
import { takesOf, reasonOfScope } from "@/lib/limits/plan-usage";
import { takeUsage } from "@/lib/limits/queries";
import { isKnownCurrency } from "@/lib/pricing";
import { codeLimits, codeRows, promotionRows, type LedgerRow } from "@/lib/redemptions/ledger-rows";
import { priceOrder } from "@/lib/redemptions/price-order";
import { refusal } from "@/lib/redemptions/refusal";
import { confirmReservation } from "@/lib/reservations/confirm-reservation";
import { insertReservation } from "@/lib/reservations/queries";
import { checkCodesForRedemption } from "@/lib/redemptions/check-codes-for-redemption";
import { findRedeemedForOrder, insertRedemptions, takeCodeUses, takeCouponUses, type RedemptionRow } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedeemCodesInput, RedemptionView } from "@/lib/redemptions/schemas";

/** A concurrent retry of the same (orderId, code) committed first: roll back and answer what it recorded. */
class ConcurrentRetry extends Error {}

/** A reservation (contract §7): the rows are inserted `reserved` under its id, and it is created in the same transaction. */
export type Hold = { reservationId: string; expiresAt: Date };

type Answer = { redemptions: RedemptionView[]; replayed: boolean };

/** The order's rows in answer order: its codes as listed, then its automatic promotions. */
function answerOf(codes: readonly string[], rows: readonly RedemptionRow[], replayed: boolean): Answer {
  const byCode = new Map(rows.filter((r) => r.offerType !== "promotion").map((r) => [r.code, r]));
  const promotions = rows.filter((r) => r.offerType === "promotion");
  const ordered = [...codes.flatMap((code) => byCode.get(code) ?? []), ...promotions];
  return { redemptions: ordered.map(toRedemptionView), replayed };
}

/** Takes the counters of the new rows; a limit reached by a concurrent order since the checks refuses the whole order. */
async function takeCounters(tx: Statements, tenantId: string, wanted: readonly LedgerRow[], codes: readonly string[], now: Date) {
  const withCode = wanted.filter((r) => r.codeId !== null);
  const usesPerCoupon = new Map<string, number>();
  // Legacy coupons have no coupon-wide counter: max_redemptions caps each coupon, on its code row.
  for (const r of withCode) if (!r.legacy) usesPerCoupon.set(r.offerId, (usesPerCoupon.get(r.offerId) ?? 0) + 1);
  // Conditional updates: a limit reached by a concurrent checkout since the check above leaves the
  // code or coupon out of the answer, and the whole order rolls back.
  const codesTaken =
    withCode.length > 0
      ? await takeCodeUses(
          tx,
          tenantId,
          withCode.map((r) => r.codeId!),
        )
      : new Set<string>();
  const couponsTaken =
    codesTaken.size === withCode.length && usesPerCoupon.size > 0 ? await takeCouponUses(tx, tenantId, usesPerCoupon) : new Set<string>();
  const short = withCode.filter((r) => !codesTaken.has(r.codeId!) || (!r.legacy && !couponsTaken.has(r.offerId)));
  if (short.length > 0)
    throw refusal(
      short.map((r) => ({ code: r.code, reason: "redemption_limit_reached" as const })),
      codes,
    );
  const { refused, taken } = await takeUsage(tx, tenantId, wanted.flatMap(takesOf));
  if (refused.length === 0) {
    const typeOf = new Map(wanted.map((r) => [r.offerId, r.offerType as "coupon" | "legacy_coupon" | "promotion"]));
    await recordOutboxEvents(
      tx,
      thresholdEvents(tenantId, crossedThresholds(taken), (id) => typeOf.get(id) ?? "coupon"),
      now,
    );
    return;
  }
  const reasonOf = (r: LedgerRow) => {
    const hit = refused.find((t) => t.offerId === r.offerId);
    return hit ? reasonOfScope(hit.scope) : null;
  };
  const codeVerdicts = withCode.flatMap((r) => {
    const reason = reasonOf(r);
    return reason ? [{ code: r.code, reason }] : [];
  });
  const promotionVerdicts = wanted
    .filter((r) => r.codeId === null)
    .flatMap((r) => {
      const reason = reasonOf(r);
      return reason ? [{ offerId: r.offerId, name: r.name, reason }] : [];
    });
  throw refusal(codeVerdicts, codes, promotionVerdicts);
}

export async function redeemCodes(
  actor: Actor,
  input: RedeemCodesInput,
  now = new Date(),
  options: { hold?: Hold } = {},
  attempt = 0,
): Promise<Answer> {
  const tenantId = actor.tenantId;
  const client = db();
  const hold = options.hold;
  // Confirming a reservation takes nothing new: its rows already hold the uses and amounts.
  if (input.reservationId !== undefined && !hold) return confirmReservation(actor, input.reservationId, input.orderId, now);
  const previous = hold ? [] : await findRedeemedForOrder(driver(), tenantId, input.orderId, input.codes);
  const done = new Set(previous.filter((r) => r.offerType !== "promotion").map((r) => r.code));
  const pending = input.codes.filter((code) => !done.has(code));
  // The order's automatic promotions are recorded once: by its first call whose cart gets any.
  const wantsPromotions = input.cart !== undefined && !previous.some((r) => r.offerType === "promotion");
  if (pending.length === 0 && !wantsPromotions) return answerOf(input.codes, previous, true);

  const [loaded, { zone, tenantZone }] = await Promise.all([
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
  if (verdicts.some((v) => v.reason)) throw refusal(verdicts, pending);

  const limited = pending.filter((code) => codeLimits(loaded, code) !== null);
  // Without the cart the amount is unknown, and a budget cannot be held to an unknown amount (§5).
  if (!input.cart && limited.some((code) => (codeLimits(loaded, code)?.budget?.length ?? 0) > 0)) {
    const message = "A coupon of this order has a spend budget: send the order's cart so its discount can be counted";
    throw new AppError("unprocessable", `cart: ${message}`, { causes: [{ field: "cart", code: "required", message }] });
  }
  const priced = input.cart ? await priceOrder(tenantId, pendingInput, input.cart, pending, now, loaded) : null;
  if (priced && priced.refused.length > 0) throw refusal(priced.refused, pending);
  const promotions = wantsPromotions && priced ? priced.promotions : [];
  const facts = {
    consumerId: input.consumerId ?? input.cart?.customerId ?? null,
    channelType: input.channelType ?? null,
    storeId: input.storeId ?? null,
    // The order's value (analytics' average order value): the catalogTotal sent, else the priced cart's subtotal.
    catalogTotal:
      input.catalogTotal !== undefined && currency && isKnownCurrency(currency)
        ? toMinor(input.catalogTotal, currency)
        : (priced?.subtotalMinor ?? null),
    currency: currency ?? null,
    nowMs: now.getTime(),
    tenantZone,
  };
  const wanted = [...codeRows(pending, loaded, priced, facts), ...promotionRows(promotions, facts)];
  if (wanted.length === 0 && !hold) {
    // Nothing to take, but a batch over "the carts of the last N days" asks what a new offer would do to
    // exactly such carts, so the order's cart is kept all the same (once per order).
    if (input.cart && previous.length === 0)
      await driver().transaction((tx) => recordOrderCart(tx, tenantId, input, now, facts.catalogTotal));
    return answerOf(input.codes, previous, previous.length > 0);
  }
  try {
    // A few statements whatever the number of codes, on the driver (see lib/db/driver.ts for why). The rows that every checkout of a coupon shares (the
    // code's and the coupon's counters) are updated last, so their locks are held for the shortest time.
    const created = await driver().transaction(async (tx) => {
      if (hold) await insertReservation(tx, tenantId, { id: hold.reservationId, orderId: input.orderId, expiresAt: hold.expiresAt }, now);
      if (wanted.length === 0) return [];
      const rows = await insertRedemptions(tx, tenantId, input.orderId, wanted, now, hold?.reservationId ?? null);
      if (rows.length !== wanted.length) throw new ConcurrentRetry();
      if (!hold) await recordOrderCart(tx, tenantId, input, now, null);
      const events = rows.map((row) => ({
        action: hold ? "reserve" : "redeem",
        objectType: "redemption",
        objectId: row.id,
        changes: { code: row.code, orderId: input.orderId, couponId: row.offerId, offerType: row.offerType },
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
      await takeCounters(tx, tenantId, wanted, pending, now);
      return rows;
    });
    return answerOf(input.codes, [...previous, ...created], false);
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
