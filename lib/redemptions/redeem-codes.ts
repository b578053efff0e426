// Redeems all the codes of an order, or none (contract §5), in one short transaction: the redemption
// rows, their audit events and their redemption.created events (the outbox, contract §9) in one INSERT
// each, then one conditional UPDATE for the codes' counters
// and one for the coupons', checked by the rows they changed, so no number of concurrent requests can
// go over a limit; retrying the same (orderId, code) answers the first redemption instead of counting twice.
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { loadCouponCodes } from "@/lib/carts/load-coupon-codes";
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import { db } from "@/lib/db/client";
import { driver } from "@/lib/db/driver";
import { AppError, type ErrorCause } from "@/lib/errors";
import { toMinor } from "@/lib/money/currency";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { isKnownCurrency } from "@/lib/pricing";
import { checkCodesForRedemption, type CodeVerdict } from "@/lib/redemptions/check-codes-for-redemption";
import { findRedeemedForOrder, insertRedemptions, takeCodeUses, takeCouponUses } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedeemCodesInput, RedemptionView } from "@/lib/redemptions/schemas";

const REASON_MESSAGES: Partial<Record<string, string>> = {
  not_found: "No such code",
  redemption_limit_reached: "The code or its coupon has reached its redemption limit",
};

function refusal(verdicts: CodeVerdict[], input: RedeemCodesInput): AppError {
  const failed = verdicts.filter((v) => v.reason);
  const causes: ErrorCause[] = failed.map((v) => ({
    field: `codes[${input.codes.indexOf(v.code)}]`,
    code: v.reason!,
    message: `${v.code}: ${REASON_MESSAGES[v.reason!] ?? v.reason!.replace(/_/g, " ")}`,
  }));
  const message = `Nothing was redeemed: ${failed.length} of ${verdicts.length} code(s) cannot be redeemed`;
  if (failed.every((v) => v.reason === "not_found")) return new AppError("not_found", message, { causes });
  if (failed.some((v) => v.reason === "redemption_limit_reached")) return new AppError("conflict", message, { causes });
  return new AppError("unprocessable", message, { causes });
}

/** A concurrent retry of the same (orderId, code) committed first: roll back and answer what it recorded. */
class ConcurrentRetry extends Error {}

export async function redeemCodes(
  actor: Actor,
  input: RedeemCodesInput,
  now = new Date(),
  attempt = 0,
): Promise<{ redemptions: RedemptionView[]; replayed: boolean }> {
  const tenantId = actor.tenantId;
  const client = db();
  const previous = await findRedeemedForOrder(driver(), tenantId, input.orderId, input.codes);
  const done = new Map(previous.map((r) => [r.code, r]));
  const pending = input.codes.filter((code) => !done.has(code));
  if (pending.length === 0) return { redemptions: input.codes.map((code) => toRedemptionView(done.get(code)!)), replayed: true };

  const [loaded, { zone }] = await Promise.all([
    loadCouponCodes(client, tenantId, pending, { issuedCoupons: false }),
    storeTimeZone(client, tenantId, input.storeId),
  ]);
  const pendingInput = { ...input, codes: pending };
  const verdicts = checkCodesForRedemption(pendingInput, loaded, { now, timeZone: zone });
  if (verdicts.some((v) => v.reason)) throw refusal(verdicts, pendingInput);

  const catalogTotal =
    input.catalogTotal !== undefined && input.currency && isKnownCurrency(input.currency)
      ? toMinor(input.catalogTotal, input.currency)
      : null;
  const wanted = pending.map((code) => ({
    code,
    codeId: loaded.codes[code].id,
    offerId: loaded.codes[code].offerId,
    consumerId: input.consumerId ?? null,
    channelType: input.channelType ?? null,
    storeId: input.storeId ?? null,
    catalogTotal,
    currency: input.currency ?? null,
  }));
  const usesPerCoupon = new Map<string, number>();
  for (const r of wanted) usesPerCoupon.set(r.offerId, (usesPerCoupon.get(r.offerId) ?? 0) + 1);
  try {
    // Five statements whatever the number of codes, on the driver (see lib/db/driver.ts for why). The rows that every checkout of a coupon shares (the
    // code's and the coupon's counters) are updated last, so their locks are held for the shortest time.
    const created = await driver().transaction(async (tx) => {
      const rows = await insertRedemptions(tx, tenantId, input.orderId, wanted, now);
      if (rows.length !== wanted.length) throw new ConcurrentRetry();
      const events = rows.map((row) => ({
        action: "redeem",
        objectType: "redemption",
        objectId: row.id,
        changes: { code: row.code, orderId: input.orderId, couponId: row.offerId },
      }));
      await insertAuditEvents(tx, actor, events, now);
      await recordOutboxEvents(
        tx,
        rows.map((row) => ({ tenantId, type: "redemption.created" as const, data: { redemption: toRedemptionView(row) } })),
        now,
      );
      // Conditional updates: a limit reached by a concurrent checkout since the check above leaves the
      // code or coupon out of the answer, and the whole order rolls back.
      const codesTaken = await takeCodeUses(
        tx,
        tenantId,
        wanted.map((r) => r.codeId),
      );
      const couponsTaken = codesTaken.size === wanted.length ? await takeCouponUses(tx, tenantId, usesPerCoupon) : new Set<string>();
      const short = wanted.filter((r) => !codesTaken.has(r.codeId) || !couponsTaken.has(r.offerId));
      if (short.length > 0)
        throw refusal(
          short.map((r) => ({ code: r.code, reason: "redemption_limit_reached" })),
          pendingInput,
        );
      return rows;
    });
    const byCode = new Map([...done, ...created.map((r) => [r.code, r] as const)]);
    return { redemptions: input.codes.map((code) => toRedemptionView(byCode.get(code)!)), replayed: false };
  } catch (error) {
    // A concurrent retry of the same (orderId, code) got there first: answer what it recorded.
    const raced = error instanceof ConcurrentRetry;
    if (raced && attempt === 0) return redeemCodes(actor, input, now, 1);
    throw error;
  }
}
