// Redeems all the codes of an order, or none (contract §5), in one short transaction (record-uses.ts:
// the ledger rows and every counter they take, checked by the rows each conditional statement changed, so
// no number of concurrent requests can go over a limit); retrying the same (orderId, code) answers the
// first redemption instead of counting twice.
// With `cart`, the automatic promotions the cart gets are recorded too, one ledger row each (code ""),
// once per order: a retry or a later call of the same order answers the rows already recorded.
// A code that is a printed POS coupon's serial is recorded as a use of its campaign (offerType
// pos_campaign, code = the serial), and the coupon turns REDEEMED in the same transaction, once: a second
// order presenting it is refused (redemption_limit_reached), as a single-use code would be.
// Offers with `limits` (contract §7) also take their usage counters (lib/limits) in the same
// transaction, in one conditional upsert: uses, the customer's uses and the discount amount, which the
// `cart` gives (priced at call time); an amount that would cross a budget refuses the whole order.
import type { Actor } from "@/lib/auth/actor";
import type { TokenLiveness } from "@/lib/auth/token-liveness";
import { orderCartWrite, recordOrderCart } from "@/lib/batch/ledger-carts";
import { contextZones, readCartContextAndCodes } from "@/lib/carts/build-pricing-input";
import { driver } from "@/lib/db/driver";
import { AppError, isAppError } from "@/lib/errors";
import { toMinor } from "@/lib/money/currency";
import { NO_TILL } from "@/lib/pos/queries";
import { isKnownCurrency } from "@/lib/pricing";
import { codeLimits, codeRows, promotionRows } from "@/lib/redemptions/ledger-rows";
import { orderCartRequest, priceOrder } from "@/lib/redemptions/price-order";
import { ConcurrentRetry, recordNewUses, recordUses } from "@/lib/redemptions/record-uses";
import { cartRequired, refusal } from "@/lib/redemptions/refusal";
import { confirmReservation } from "@/lib/reservations/confirm-reservation";
import { insertReservation } from "@/lib/reservations/queries";
import { checkCodesForRedemption } from "@/lib/redemptions/check-codes-for-redemption";
import { findRedeemedForOrder, type RedemptionRow } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedeemCodesInput, RedemptionView } from "@/lib/redemptions/schemas";

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

export async function redeemCodes(
  actor: Actor,
  input: RedeemCodesInput,
  now = new Date(),
  options: { hold?: Hold; liveness?: TokenLiveness } = {},
  attempt = 0,
): Promise<Answer> {
  const hold = options.hold;
  // Confirming a reservation takes nothing new: its rows already hold the uses and amounts. It writes
  // before any read of the codes, so a pending token check is settled first.
  if (input.reservationId !== undefined && !hold) {
    await options.liveness?.ensure();
    return confirmReservation(actor, input.reservationId, input.orderId, now);
  }
  // A first attempt takes the order to be new, which nearly every checkout is, and skips reading its
  // rows: a repeated (orderId, code) then meets its row in the insert (ConcurrentRetry), and a refusal or
  // an order with nothing to record might owe its answer to rows already there; each is tried again with
  // the order's rows read (`attempt` 1). It also prices with usage figures up to 1 s old while they are
  // away from every limit: a limit the counters then refuse is priced again on the figures of now.
  const optimistic = attempt === 0 && !hold;
  const retried = (error: unknown) => {
    if (optimistic && (isAppError(error) || error instanceof ConcurrentRetry)) return redeemCodes(actor, input, now, options, 1);
    throw error;
  };
  return attemptRedemption(actor, input, now, { hold, liveness: options.liveness }, optimistic, attempt).catch(retried);
}

async function attemptRedemption(
  actor: Actor,
  input: RedeemCodesInput,
  now: Date,
  { hold, liveness }: { hold?: Hold; liveness?: TokenLiveness },
  optimistic: boolean,
  attempt: number,
): Promise<Answer> {
  const tenantId = actor.tenantId;
  const previous = hold || optimistic ? [] : await findRedeemedForOrder(driver(), tenantId, input.orderId, input.codes);
  const done = new Set(previous.filter((r) => r.offerType !== "promotion").map((r) => r.code));
  const pending = input.codes.filter((code) => !done.has(code));
  // The order's automatic promotions are recorded once: by its first call whose cart gets any.
  const wantsPromotions = input.cart !== undefined && !previous.some((r) => r.offerType === "promotion");
  if (pending.length === 0 && !wantsPromotions) return answerOf(input.codes, previous, true);

  // One read for the codes and the context: the zones, and with a cart what pricing it needs (the
  // customer); it also settles a pending token check, before anything is written.
  const { context, loaded } = await readCartContextAndCodes(
    tenantId,
    input.cart ? orderCartRequest(input, input.cart, pending) : { storeId: input.storeId },
    pending,
    { issuedCoupons: !hold, liveness },
  );
  const { zone, tenantZone } = contextZones(context);
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
  if (!input.cart && limited.some((code) => (codeLimits(loaded, code)?.budget?.length ?? 0) > 0)) throw cartRequired();
  const priced = input.cart
    ? await priceOrder(tenantId, pendingInput, input.cart, pending, now, {
        loaded,
        context,
        usage: optimistic ? "near-limits" : "fresh",
      })
    : null;
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
    if (optimistic) throw new ConcurrentRetry();
    // Nothing to take, but a batch over "the carts of the last N days" asks what a new offer would do to
    // exactly such carts, so the order's cart is kept all the same (once per order).
    if (input.cart && previous.length === 0)
      await driver().transaction((tx) => recordOrderCart(tx, tenantId, input, now, facts.catalogTotal));
    return answerOf(input.codes, previous, previous.length > 0);
  }
  try {
    // A few statements whatever the number of codes, on the driver (see lib/db/driver.ts for why). The rows that every checkout of a coupon shares (the
    // code's and the coupon's counters) are updated last, so their locks are held for the shortest time.
    const till = { ...NO_TILL, storeId: facts.storeId, customerId: facts.consumerId, invoiceId: input.orderId };
    const orderCart = hold ? null : orderCartWrite(driver().dialect, tenantId, input, now, null);
    const uses = {
      orderId: input.orderId,
      wanted,
      codes: pending,
      till,
      reservationId: hold?.reservationId ?? null,
      now,
      alongside: orderCart ? [orderCart] : [],
    };
    // The first attempt writes at once, without a transaction; printed coupons keep their lock order (recordUses).
    const atOnce = optimistic && !wanted.some((r) => r.offerType === "pos_campaign");
    const created = atOnce
      ? await recordNewUses(driver(), actor, uses)
      : await driver().transaction(async (tx) => {
          if (hold)
            await insertReservation(tx, tenantId, { id: hold.reservationId, orderId: input.orderId, expiresAt: hold.expiresAt }, now);
          return wanted.length === 0 ? [] : recordUses(tx, actor, uses);
        });
    return answerOf(input.codes, [...previous, ...created], false);
  } catch (error) {
    // A concurrent retry of the same (orderId, code) got there first: answer what it recorded.
    const raced = error instanceof ConcurrentRetry;
    if (raced && optimistic) throw error;
    if (raced && attempt === 1 && !hold) return redeemCodes(actor, input, now, { liveness }, 2);
    // Still taken on the retry: a reservation of this order holds the code (confirm it with reservationId).
    if (raced)
      throw new AppError(
        "conflict",
        `Order ${input.orderId} already holds these codes: confirm its reservation with reservationId, or release it`,
      );
    throw error;
  }
}
