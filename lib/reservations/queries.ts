// The reservation domain's statements, through the driver (lib/db/driver.ts). Every transition is one
// conditional UPDATE from `active` with RETURNING: only the caller that moved the row goes on to move
// the ledger rows and give the counters back, so each transition happens exactly once.
import { date, int, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, type SqlParam, type Statements } from "@/lib/db/driver";

const decodeReservation = rowOf({
  id: text,
  tenantId: text,
  orderId: text,
  status: text,
  expiresAt: date,
  createdAt: date,
  endedAt: nullable(date),
});
export type ReservationRow = ReturnType<typeof decodeReservation>;
const COLUMNS = `"id", "tenantId", "orderId", "status", "expiresAt", "createdAt", "endedAt"`;

export async function insertReservation(
  tx: Statements,
  tenantId: string,
  r: { id: string; orderId: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  const ts = fragments.timestamp(tx.dialect);
  await tx.run(
    `INSERT INTO "Reservation" ("id", "tenantId", "orderId", "status", "expiresAt", "createdAt", "endedAt") VALUES (?, ?, ?, 'active', ${ts}, ${ts}, NULL)`,
    [r.id, tenantId, r.orderId, r.expiresAt, now],
  );
}

export async function findReservation(client: Statements, tenantId: string, id: string): Promise<ReservationRow | null> {
  const [row] = await client.all(`SELECT ${COLUMNS} FROM "Reservation" WHERE "tenantId" = ? AND "id" = ?`, [tenantId, id]);
  return row ? decodeReservation(row) : null;
}

/**
 * Moves an active reservation to `to`, once. `unexpiredAt`: only if it has not expired by then
 * (confirming); `expiredAt`: only if it has (the sweeper).
 */
export async function endReservationRow(
  tx: Statements,
  tenantId: string,
  id: string,
  to: "confirmed" | "released" | "expired",
  now: Date,
  guard: { unexpiredAt?: Date; expiredAt?: Date } = {},
): Promise<ReservationRow | null> {
  const ts = fragments.timestamp(tx.dialect);
  const params: SqlParam[] = [to, now, tenantId, id];
  let where = "";
  if (guard.unexpiredAt) {
    where = ` AND "expiresAt" > ${ts}`;
    params.push(guard.unexpiredAt);
  } else if (guard.expiredAt) {
    where = ` AND "expiresAt" <= ${ts}`;
    params.push(guard.expiredAt);
  }
  const [row] = await tx.all(
    `UPDATE "Reservation" SET "status" = ?, "endedAt" = ${ts} WHERE "tenantId" = ? AND "id" = ? AND "status" = 'active'${where} RETURNING ${COLUMNS}`,
    params,
  );
  return row ? decodeReservation(row) : null;
}

const decodeHeld = rowOf({
  id: text,
  codeId: nullable(text),
  offerId: text,
  offerType: text,
  consumerId: nullable(text),
  currency: nullable(text),
  amount: nullable(int),
  windowKey: nullable(text),
});
export type HeldRow = ReturnType<typeof decodeHeld>;

/** Moves the reservation's ledger rows from `reserved` to `to`; answers the rows it moved. */
export async function moveHeldRows(
  tx: Statements,
  tenantId: string,
  reservationId: string,
  to: "redeemed" | "released",
  now: Date,
): Promise<HeldRow[]> {
  const ts = fragments.timestamp(tx.dialect);
  const rows = await tx.all(
    `UPDATE "Redemption" SET "status" = ?, "revertedAt" = ${to === "released" ? ts : "NULL"}
     WHERE "tenantId" = ? AND "reservationId" = ? AND "status" = 'reserved'
     RETURNING "id", "codeId", "offerId", "offerType", "consumerId", "currency", "amount", "windowKey"`,
    to === "released" ? [to, now, tenantId, reservationId] : [to, tenantId, reservationId],
  );
  return rows.map(decodeHeld);
}

/** Gives back the code and coupon counters the held (or reverted) rows took (legacy coupons count on their code only). */
export async function giveBackCodeUses(
  tx: Statements,
  tenantId: string,
  rows: readonly Pick<HeldRow, "codeId" | "offerId" | "offerType">[],
): Promise<void> {
  if (rows.length === 0) return;
  for (const row of rows) {
    // An automatic promotion's row has no code: only its usage counters (lib/limits) were taken.
    if (row.codeId === null) continue;
    await tx.run(`UPDATE "CouponCode" SET "redemptions" = "redemptions" - 1 WHERE "tenantId" = ? AND "id" = ? AND "redemptions" > 0`, [
      tenantId,
      row.codeId,
    ]);
  }
  const coupons = rows.filter((r) => r.offerType === "coupon").map((r) => r.offerId);
  for (const offerId of [...new Set(coupons)].sort()) {
    const n = coupons.filter((id) => id === offerId).length;
    await tx.run(
      `UPDATE "Offer" SET "redemptions" = CASE WHEN "redemptions" > ? THEN "redemptions" - ? ELSE 0 END WHERE "tenantId" = ? AND "id" = ?`,
      [n, n, tenantId, offerId],
    );
  }
}

/** The order's active reservations (a failed order releases them, contract §7). */
export async function findActiveReservationIds(client: Statements, tenantId: string, orderId: string): Promise<string[]> {
  const rows = await client.all(
    `SELECT "id" FROM "Reservation" WHERE "tenantId" = ? AND "orderId" = ? AND "status" = 'active' ORDER BY "id"`,
    [tenantId, orderId],
  );
  return rows.map((row) => rowOf({ id: text })(row).id);
}

/** Active reservations past their expiry, across tenants, oldest first (the sweeper's page). */
export async function findExpiredReservations(client: Statements, now: Date, limit: number): Promise<{ id: string; tenantId: string }[]> {
  const rows = await client.all(
    `SELECT "id", "tenantId" FROM "Reservation" WHERE "status" = 'active' AND "expiresAt" <= ${fragments.timestamp(client.dialect)} ORDER BY "expiresAt" LIMIT ${Math.floor(limit)}`,
    [now],
  );
  return rows.map(rowOf({ id: text, tenantId: text }));
}
