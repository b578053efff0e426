// A reservation as the API answers it: its row and the ledger rows it holds.
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { findRowsOfReservation } from "@/lib/redemptions/queries";
import { toRedemptionView } from "@/lib/redemptions/redemption-view";
import { findReservation } from "@/lib/reservations/queries";
import { RESERVATION_STATUSES, type ReservationView } from "@/lib/reservations/schemas";

export async function getReservationView(tenantId: string, id: string): Promise<ReservationView> {
  const [row, rows] = await Promise.all([findReservation(driver(), tenantId, id), findRowsOfReservation(driver(), tenantId, id)]);
  if (!row) throw AppError.notFound("Reservation");
  return {
    id: row.id,
    orderId: row.orderId,
    status: RESERVATION_STATUSES.find((s) => s === row.status) ?? "active",
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    redemptions: rows.map(toRedemptionView),
  };
}
