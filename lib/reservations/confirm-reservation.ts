// Redemption with `reservationId` (contract §7): the reservation's held rows become redemptions without
// checking the limits again (they were taken when it was made). One conditional UPDATE moves the
// reservation from active to confirmed, so a retry, a concurrent release or the expiry sweeper cannot
// make it happen twice; a retry of a confirmed reservation answers its redemptions (replayed).
import type { Actor } from "@/lib/auth/actor";
import { insertAuditEvents } from "@/lib/audit/queries";
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { recordOutboxEvents } from "@/lib/outbox/record-outbox-event";
import { findRowsOfReservation } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import type { RedemptionView } from "@/lib/redemptions/schemas";
import { endReservationRow, findReservation, moveHeldRows } from "@/lib/reservations/queries";

export async function confirmReservation(
  actor: Actor,
  reservationId: string,
  orderId: string,
  now = new Date(),
): Promise<{ redemptions: RedemptionView[]; replayed: boolean }> {
  const tenantId = actor.tenantId;
  const replayed = await driver().transaction(async (tx) => {
    const before = await findReservation(tx, tenantId, reservationId);
    if (!before) throw AppError.notFound("Reservation");
    if (before.orderId !== orderId) {
      const message = `reservation ${reservationId} holds order ${before.orderId}, not ${orderId}`;
      throw new AppError("conflict", message, { causes: [{ field: "orderId", code: "order_mismatch", message }] });
    }
    if (before.status === "confirmed") return true;
    const moved = await endReservationRow(tx, tenantId, reservationId, "confirmed", now, { unexpiredAt: now });
    if (!moved) {
      const state = before.status === "active" ? "expired" : before.status;
      const message = `Reservation ${reservationId} is ${state}: nothing was redeemed`;
      throw new AppError("conflict", message, { causes: [{ field: "reservationId", code: `reservation_${state}`, message }] });
    }
    await moveHeldRows(tx, tenantId, reservationId, "redeemed", now);
    const rows = await findRowsOfReservation(tx, tenantId, reservationId);
    const redeemed = rows.filter((r) => r.status === "redeemed");
    await insertAuditEvents(
      tx,
      actor,
      redeemed.map((row) => ({
        action: "redeem",
        objectType: "redemption",
        objectId: row.id,
        changes: { code: row.code, orderId, couponId: row.offerId, reservationId },
      })),
      now,
    );
    await recordOutboxEvents(
      tx,
      redeemed.map((row) => ({ tenantId, type: "redemption.created" as const, data: { redemption: toRedemptionView(row) } })),
      now,
    );
    return false;
  });
  const rows = await findRowsOfReservation(driver(), tenantId, reservationId);
  return { redemptions: rows.filter((r) => r.status !== "released").map(toRedemptionView), replayed };
}
