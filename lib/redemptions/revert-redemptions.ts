// Gives uses back exactly once: redemptions move from redeemed to reverted in one conditional UPDATE
// (lib/redemptions/queries.ts), and only the caller that made that move gives back the counters they
// took (code, coupon, usage: lib/limits) and writes the redemption.reverted events (the outbox,
// contract §9) in the same transaction. A failed order also releases its active reservations (§7),
// each once (lib/reservations/release-reservation.ts).
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { driver, type Statements } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { takesOf } from "@/lib/limits/plan-usage";
import { giveBackUsage } from "@/lib/limits/queries";
import { giveBackIssuedCoupons } from "@/lib/pos/queries";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { findOrderRows, findRedemption, revertRows, type RedemptionRow } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedemptionView } from "@/lib/redemptions/schemas";
import { endReservation } from "@/lib/reservations/release-reservation";
import { findActiveReservationIds, giveBackCodeUses } from "@/lib/reservations/queries";

async function giveBack(tx: Statements, actor: Actor, rows: readonly RedemptionRow[], reason: "manual" | "order_failed", now: Date) {
  if (rows.length === 0) return;
  await giveBackCodeUses(tx, actor.tenantId, rows);
  // A reverted use of a POS campaign hands its printed coupon back: it can be presented again.
  const serials = rows.filter((row) => row.offerType === "pos_campaign").map((row) => row.code);
  await giveBackIssuedCoupons(tx, actor.tenantId, serials, now);
  // Exactly the usage counters these ledger rows took (lib/limits/plan-usage.ts), in key order.
  await giveBackUsage(
    tx,
    actor.tenantId,
    rows.flatMap((row) => takesOf({ ...row, limits: null })),
  );
  await insertAuditEvents(
    tx,
    actor,
    rows.map((row) => ({
      action: "revert",
      objectType: "redemption",
      objectId: row.id,
      changes: { code: row.code, orderId: row.orderId, reason },
    })),
    now,
  );
  await recordOutboxEvents(
    tx,
    rows.map((row) => ({
      tenantId: actor.tenantId,
      type: "redemption.reverted" as const,
      data: { redemption: toRedemptionView(row), reason },
    })),
    now,
  );
}

export async function revertRedemption(actor: Actor, id: string, now = new Date()): Promise<RedemptionView> {
  return driver().transaction(async (tx) => {
    const existing = await findRedemption(tx, actor.tenantId, id);
    if (!existing) throw AppError.notFound("Redemption");
    await giveBack(tx, actor, await revertRows(tx, actor.tenantId, { id }, now), "manual", now);
    return toRedemptionView((await findRedemption(tx, actor.tenantId, id))!);
  });
}

/** Reverts every redemption of a failed order and releases its active reservations; what was given back already stays as it is. */
export async function revertOrderRedemptions(actor: Actor, orderId: string, now = new Date()): Promise<RedemptionView[]> {
  return driver().transaction(async (tx) => {
    const released: string[] = [];
    for (const id of await findActiveReservationIds(tx, actor.tenantId, orderId)) {
      if (await endReservation(tx, actor.tenantId, id, "released", now)) released.push(id);
    }
    await insertAuditEvents(
      tx,
      actor,
      released.map((id) => ({ action: "release", objectType: "reservation", objectId: id, changes: { orderId, reason: "order_failed" } })),
      now,
    );
    await giveBack(tx, actor, await revertRows(tx, actor.tenantId, { orderId }, now), "order_failed", now);
    return (await findOrderRows(tx, actor.tenantId, orderId)).map(toRedemptionView);
  });
}
