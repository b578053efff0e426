// POST /api/v1/coupons/reservations (contract §7): holds the order's uses and amounts for ttlSeconds.
// The same operation as a redemption (redeemCodes: the same checks, counters and single transaction),
// with the ledger rows inserted `reserved` under a new reservation.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { getReservationView } from "@/lib/reservations/reservation-view";
import type { ReservationView, ReserveCodesInput } from "@/lib/reservations/schemas";

export async function reserveCodes(actor: Actor, input: ReserveCodesInput, now = new Date()): Promise<ReservationView> {
  const { ttlSeconds, ...redemption } = input;
  const hold = { reservationId: randomUUID(), expiresAt: new Date(now.getTime() + ttlSeconds * 1000) };
  await redeemCodes(actor, redemption, now, { hold });
  return getReservationView(actor.tenantId, hold.reservationId);
}
