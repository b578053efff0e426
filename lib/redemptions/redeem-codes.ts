// Redeems all the codes of an order, or none (contract §5). The limit check and the increment are
// one conditional UPDATE each, so no number of concurrent requests can go over a limit; retrying the
// same (orderId, code) answers the first redemption instead of counting twice.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { loadCouponCodes } from "@/lib/carts/load-coupon-codes";
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type ErrorCause } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { toMinor } from "@/lib/money/currency";
import { isKnownCurrency } from "@/lib/pricing";
import { checkCodesForRedemption, type CodeVerdict } from "@/lib/redemptions/check-codes-for-redemption";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedeemCodesInput, RedemptionView } from "@/lib/redemptions/schemas";

const REASON_MESSAGES: Partial<Record<string, string>> = {
  not_found: "No such code",
  redemption_limit_reached: "The code or its coupon has reached its redemption limit",
};

function refusal(verdicts: CodeVerdict[], input: RedeemCodesInput): AppError {
  const failed = verdicts.filter((v) => v.reason);
  const causes: ErrorCause[] = failed.map((v) => ({ field: `codes[${input.codes.indexOf(v.code)}]`, code: v.reason!, message: `${v.code}: ${REASON_MESSAGES[v.reason!] ?? v.reason!.replace(/_/g, " ")}` }));
  const message = `Nothing was redeemed: ${failed.length} of ${verdicts.length} code(s) cannot be redeemed`;
  if (failed.every((v) => v.reason === "not_found")) return new AppError("not_found", message, { causes });
  if (failed.some((v) => v.reason === "redemption_limit_reached")) return new AppError("conflict", message, { causes });
  return new AppError("unprocessable", message, { causes });
}

type RedemptionRow = Parameters<typeof toRedemptionView>[0];
// The columns toRedemptionView reads.
const REDEMPTION_COLUMNS = Prisma.raw(
  ["id", "code", "offerId", "orderId", "consumerId", "channelType", "storeId", "catalogTotal", "currency", "status", "createdAt", "revertedAt"].map((c) => `"${c}"`).join(", "),
);

async function takeOneUse(tx: Tx, tenantId: string, codeId: string, offerId: string): Promise<boolean> {
  const code = await tx.$executeRaw(Prisma.sql`
    UPDATE "CouponCode" SET "redemptions" = "redemptions" + 1
    WHERE "id" = ${codeId} AND "tenantId" = ${tenantId} AND "active" = true
      AND ("maxRedemptions" IS NULL OR "redemptions" < "maxRedemptions")`);
  if (code !== 1) return false;
  const offer = await tx.$executeRaw(Prisma.sql`
    UPDATE "Offer" SET "redemptions" = "redemptions" + 1
    WHERE "id" = ${offerId} AND "tenantId" = ${tenantId} AND ("maxRedemptions" IS NULL OR "redemptions" < "maxRedemptions")`);
  return offer === 1;
}

export async function redeemCodes(actor: Actor, input: RedeemCodesInput, now = new Date(), attempt = 0): Promise<{ redemptions: RedemptionView[]; replayed: boolean }> {
  const tenantId = actor.tenantId;
  const client = db();
  // Raw reads before the transaction: they run on every redemption, and a raw read costs a fraction of a compiled Prisma query.
  const previous = await client.$queryRaw<RedemptionRow[]>(Prisma.sql`
    SELECT ${REDEMPTION_COLUMNS} FROM "Redemption"
    WHERE "tenantId" = ${tenantId} AND "orderId" = ${input.orderId} AND "code" IN (${Prisma.join(input.codes)}) AND "status" = 'redeemed'`);
  const done = new Map(previous.map((r) => [r.code, r]));
  const pending = input.codes.filter((code) => !done.has(code));
  if (pending.length === 0) return { redemptions: input.codes.map((code) => toRedemptionView(done.get(code)!)), replayed: true };

  const [loaded, { zone }] = await Promise.all([loadCouponCodes(client, tenantId, pending, { issuedCoupons: false }), storeTimeZone(client, tenantId, input.storeId)]);
  const pendingInput = { ...input, codes: pending };
  const verdicts = checkCodesForRedemption(pendingInput, loaded, { now, timeZone: zone });
  if (verdicts.some((v) => v.reason)) throw refusal(verdicts, pendingInput);

  const catalogTotalMinor = input.catalogTotal !== undefined && input.currency && isKnownCurrency(input.currency) ? toMinor(input.catalogTotal, input.currency) : null;
  try {
    const created = await client.$transaction(async (tx) => {
      const rows = [];
      for (const code of pending) {
        const state = loaded.codes[code];
        if (!(await takeOneUse(tx, tenantId, state.id, state.offerId))) {
          throw refusal([{ code, reason: "redemption_limit_reached" }], pendingInput);
        }
        const details = {
          codeId: state.id, offerId: state.offerId, consumerId: input.consumerId ?? null, channelType: input.channelType ?? null,
          storeId: input.storeId ?? null, catalogTotal: catalogTotalMinor, currency: input.currency ?? null, status: "redeemed", revertedAt: null,
        };
        // An order retried after it failed redeems again on its old, reverted row; otherwise a new row,
        // whose unique (tenantId, orderId, code) rolls everything back if a concurrent retry got there first.
        const key = { tenantId, orderId: input.orderId, code };
        // Raw SQL for the revival check (it runs on every redemption, and usually finds nothing).
        const [revived] = await tx.$queryRaw<RedemptionRow[]>(Prisma.sql`
          UPDATE "Redemption" SET "codeId" = ${state.id}, "offerId" = ${state.offerId}, "consumerId" = ${details.consumerId}, "channelType" = ${details.channelType},
            "storeId" = ${details.storeId}, "catalogTotal" = ${details.catalogTotal}, "currency" = ${details.currency}, "status" = 'redeemed', "revertedAt" = NULL, "createdAt" = ${now}
          WHERE "tenantId" = ${tenantId} AND "orderId" = ${input.orderId} AND "code" = ${code} AND "status" = 'reverted'
          RETURNING ${REDEMPTION_COLUMNS}`);
        const row = revived ?? (await tx.redemption.create({ data: { ...key, ...details } }));
        await recordAuditEvent(tx, actor, { action: "redeem", objectType: "redemption", objectId: row.id, changes: { code, orderId: input.orderId, couponId: state.offerId } });
        rows.push(row);
      }
      return rows;
    });
    const byCode = new Map([...done, ...created.map((r) => [r.code, r] as const)]);
    return { redemptions: input.codes.map((code) => toRedemptionView(byCode.get(code)!)), replayed: false };
  } catch (error) {
    // A concurrent retry of the same (orderId, code) won the unique index: answer what it recorded.
    if ((error as { code?: string }).code === "P2002" && attempt === 0) return redeemCodes(actor, input, now, 1);
    throw error;
  }
}
