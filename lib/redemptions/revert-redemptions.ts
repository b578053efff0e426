// Gives uses back exactly once: a redemption moves from redeemed to reverted in one conditional
// UPDATE, and only the caller that made that move decrements the counters and writes the
// redemption.reverted event (the outbox, contract §9) in the same transaction.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { recordOutboxEvent } from "@/lib/outbox/record-outbox-event";
import { takesOf } from "@/lib/limits/plan-usage";
import { mergeTakes } from "@/lib/limits/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedemptionView } from "@/lib/redemptions/schemas";

async function revertOne(tx: Tx, actor: Actor, id: string, reason: "manual" | "order_failed"): Promise<void> {
  const moved = await tx.redemption.updateMany({
    where: { id, tenantId: actor.tenantId, status: "redeemed" },
    data: { status: "reverted", revertedAt: new Date() },
  });
  if (moved.count !== 1) return;
  const row = await tx.redemption.findUniqueOrThrow({ where: { id } });
  await tx.$executeRaw(
    Prisma.sql`UPDATE "CouponCode" SET "redemptions" = "redemptions" - 1 WHERE "id" = ${row.codeId} AND "tenantId" = ${actor.tenantId} AND "redemptions" > 0`,
  );
  await tx.$executeRaw(
    Prisma.sql`UPDATE "Offer" SET "redemptions" = "redemptions" - 1 WHERE "id" = ${row.offerId} AND "tenantId" = ${actor.tenantId} AND "redemptions" > 0`,
  );
  // Exactly the usage counters this ledger row took (lib/limits/plan-usage.ts), in key order.
  const gives = mergeTakes(takesOf({ ...row, limits: null }));
  for (const give of gives) {
    await tx.$executeRaw(
      Prisma.sql`UPDATE "OfferUsage" SET "used" = CASE WHEN "used" > ${give.delta} THEN "used" - ${give.delta} ELSE 0 END
        WHERE "tenantId" = ${actor.tenantId} AND "offerId" = ${give.offerId} AND "windowKey" = ${give.windowKey} AND "scope" = ${give.scope}`,
    );
  }
  await recordAuditEvent(tx, actor, {
    action: "revert",
    objectType: "redemption",
    objectId: id,
    changes: { code: row.code, orderId: row.orderId, reason },
  });
  await recordOutboxEvent(tx, actor.tenantId, "redemption.reverted", { redemption: toRedemptionView(row), reason });
}

export async function revertRedemption(actor: Actor, id: string): Promise<RedemptionView> {
  return db().$transaction(async (tx) => {
    const existing = await tx.redemption.findFirst({ where: { id, tenantId: actor.tenantId } });
    if (!existing) throw AppError.notFound("Redemption");
    await revertOne(tx, actor, id, "manual");
    return toRedemptionView(await tx.redemption.findUniqueOrThrow({ where: { id } }));
  });
}

/** Reverts every redemption of a failed order; already-reverted ones stay as they are. */
export async function revertOrderRedemptions(actor: Actor, orderId: string): Promise<RedemptionView[]> {
  return db().$transaction(async (tx) => {
    const rows = await tx.redemption.findMany({ where: { tenantId: actor.tenantId, orderId }, orderBy: { createdAt: "asc" } });
    for (const row of rows) await revertOne(tx, actor, row.id, "order_failed");
    const after = await tx.redemption.findMany({ where: { tenantId: actor.tenantId, orderId }, orderBy: { createdAt: "asc" } });
    return after.map(toRedemptionView);
  });
}
