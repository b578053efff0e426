// DELETE /api/v1/coupons/reservations/{id} and the expiry sweeper (contract §7): an active reservation
// moves to released (or expired) once, by one conditional UPDATE; only the caller that moved it moves
// its ledger rows to released and gives back exactly the counters they took, in the same transaction.
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { driver, type Statements } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { takesOf } from "@/lib/limits/plan-usage";
import { giveBackUsage } from "@/lib/limits/queries";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { endReservationRow, findReservation, giveBackCodeUses, moveHeldRows } from "@/lib/reservations/queries";
import { getReservationView } from "@/lib/reservations/reservation-view";
import type { ReservationView } from "@/lib/reservations/schemas";

/** Ends an active reservation (released, or expired when past its expiry); false when it was not active. */
export async function endReservation(
  tx: Statements,
  tenantId: string,
  id: string,
  to: "released" | "expired",
  now: Date,
): Promise<boolean> {
  const moved = await endReservationRow(tx, tenantId, id, to, now, to === "expired" ? { expiredAt: now } : {});
  if (!moved) return false;
  const rows = await moveHeldRows(tx, tenantId, id, "released", now);
  await giveBackCodeUses(tx, tenantId, rows);
  await giveBackUsage(
    tx,
    tenantId,
    rows.flatMap((row) => takesOf({ ...row, limits: null })),
  );
  if (to === "expired") {
    await recordOutboxEvents(
      tx,
      [
        {
          tenantId,
          type: "reservation.expired",
          data: {
            reservation: { id, orderId: moved.orderId, expiresAt: moved.expiresAt.toISOString() },
            redemptionIds: rows.map((r) => r.id),
          },
          dedupKey: `reservation.expired:${id}`,
        },
      ],
      now,
    );
  }
  return true;
}

export async function releaseReservation(actor: Actor, id: string, now = new Date()): Promise<ReservationView> {
  await driver().transaction(async (tx) => {
    const before = await findReservation(tx, actor.tenantId, id);
    if (!before) throw AppError.notFound("Reservation");
    if (before.status === "confirmed") {
      throw new AppError("conflict", `Reservation ${id} was redeemed: revert its redemptions instead`);
    }
    // Released or expired already: the same answer again (each transition happens once).
    if (before.status !== "active") return;
    const released = await endReservation(tx, actor.tenantId, id, "released", now);
    if (!released) {
      // A concurrent caller ended it first: a release answers the same; a confirmation wins.
      const after = await findReservation(tx, actor.tenantId, id);
      if (after?.status === "confirmed") throw new AppError("conflict", `Reservation ${id} was redeemed: revert its redemptions instead`);
      return;
    }
    await insertAuditEvents(
      tx,
      actor,
      [{ action: "release", objectType: "reservation", objectId: id, changes: { orderId: before.orderId } }],
      now,
    );
  });
  return getReservationView(actor.tenantId, id);
}
