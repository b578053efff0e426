// The redemption domain's reads and writes on the checkout path, through the driver (lib/db/driver.ts:
// a statement there costs a fraction of one through Prisma), one statement per step whatever the
// number of codes, and the same SQL on both databases.
import { randomUUID } from "node:crypto";
import { date, int, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, placeholders, type SqlParam, type Statements } from "@/lib/db/driver";
import type { IdStatement } from "@/lib/db/write-together";

const decodeRedemption = rowOf({
  id: text,
  codeId: nullable(text),
  code: text,
  offerId: text,
  orderId: text,
  consumerId: nullable(text),
  channelType: nullable(text),
  storeId: nullable(text),
  catalogTotal: nullable(int),
  currency: nullable(text),
  status: text,
  createdAt: date,
  revertedAt: nullable(date),
  offerType: text,
  amount: nullable(int),
  windowKey: nullable(text),
});
export type RedemptionRow = ReturnType<typeof decodeRedemption>;

const COLUMNS = `"id", "codeId", "code", "offerId", "orderId", "consumerId", "channelType", "storeId", "catalogTotal", "currency", "status", "createdAt", "revertedAt", "offerType", "amount", "windowKey"`;

/**
 * The order's redeemed rows: its codes among `codes`, and every automatic promotion it recorded (a retry
 * answers these instead of counting again).
 */
export async function findRedeemedForOrder(
  client: Statements,
  tenantId: string,
  orderId: string,
  codes: readonly string[],
): Promise<RedemptionRow[]> {
  const byCode = codes.length > 0 ? `"code" IN (${placeholders(codes.length)}) OR ` : "";
  const rows = await client.all(
    `SELECT ${COLUMNS} FROM "Redemption" WHERE "tenantId" = ? AND "orderId" = ? AND (${byCode}"offerType" = 'promotion') AND "status" = 'redeemed'`,
    [tenantId, orderId, ...codes],
  );
  return rows.map(decodeRedemption);
}

export type NewRedemption = {
  /** "" for an automatic promotion (it has no code; the order uses it with or without one). */
  code: string;
  codeId: string | null;
  offerId: string;
  consumerId: string | null;
  channelType: string | null;
  storeId: string | null;
  catalogTotal: number | null;
  currency: string | null;
  /** Ledger (contract §7): coupon | legacy_coupon | promotion, the discount in minor units, the limit window counted in. */
  offerType: string;
  amount: number | null;
  windowKey: string | null;
};

/**
 * One INSERT for all the order's codes and automatic promotions (one row per offer and code), and the
 * rows it writes where each is new. `onConflict`:
 * - "revive": a code this order redeemed before and reverted is redeemed again on its old row (same id);
 *   a row this order holds redeemed already (a concurrent retry won) is left alone and missing from the
 *   RETURNING rows, which the caller reads as "replay". RETURNING every column.
 * - "skip": any existing row is left alone and missing from the RETURNING "id" rows (writeAllOrNone's
 *   first try at an order taken to be new; the rows answered are then exactly `rows`).
 */
export function redemptionsInsert(
  dialect: Statements["dialect"],
  tenantId: string,
  orderId: string,
  wanted: readonly NewRedemption[],
  now: Date,
  /** A reservation's rows are inserted `reserved`, carrying its id (contract §7). */
  reservationId: string | null,
  onConflict: "revive" | "skip",
): { write: IdStatement; rows: RedemptionRow[] } {
  const status = reservationId === null ? "redeemed" : "reserved";
  const rows: RedemptionRow[] = wanted.map((r) => ({
    id: randomUUID(),
    codeId: r.codeId,
    code: r.code,
    offerId: r.offerId,
    orderId,
    consumerId: r.consumerId,
    channelType: r.channelType,
    storeId: r.storeId,
    catalogTotal: r.catalogTotal,
    currency: r.currency,
    status,
    createdAt: now,
    revertedAt: null,
    offerType: r.offerType,
    amount: r.amount,
    windowKey: r.windowKey,
  }));
  const row = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${fragments.timestamp(dialect)}, NULL, ?, ?, ?, ?)`;
  const params: SqlParam[] = rows.flatMap((r) => [
    r.id,
    tenantId,
    r.codeId,
    r.offerId,
    r.code,
    orderId,
    r.consumerId,
    r.channelType,
    r.storeId,
    r.catalogTotal,
    r.currency,
    status,
    now,
    r.offerType,
    r.amount,
    r.windowKey,
    reservationId,
  ]);
  const revive = `DO UPDATE SET "codeId" = excluded."codeId", "offerId" = excluded."offerId", "consumerId" = excluded."consumerId",
       "channelType" = excluded."channelType", "storeId" = excluded."storeId", "catalogTotal" = excluded."catalogTotal", "currency" = excluded."currency",
       "offerType" = excluded."offerType", "amount" = excluded."amount", "windowKey" = excluded."windowKey", "reservationId" = excluded."reservationId", "status" = excluded."status", "revertedAt" = NULL, "createdAt" = excluded."createdAt"
     WHERE "Redemption"."status" IN ('reverted', 'released')
     RETURNING ${COLUMNS}`;
  const sql = `INSERT INTO "Redemption" ("id", "tenantId", "codeId", "offerId", "code", "orderId", "consumerId", "channelType", "storeId", "catalogTotal", "currency", "status", "createdAt", "revertedAt", "offerType", "amount", "windowKey", "reservationId")
     VALUES ${rows.map(() => row).join(", ")}
     ON CONFLICT ("tenantId", "orderId", "offerId", "code") ${onConflict === "revive" ? revive : `DO NOTHING RETURNING "id"`}`;
  return { write: { sql, params }, rows };
}

/** redemptionsInsert's "revive" INSERT, run: answers the rows it wrote or redeemed again. */
export async function insertRedemptions(
  tx: Statements,
  tenantId: string,
  orderId: string,
  wanted: readonly NewRedemption[],
  now: Date,
  reservationId: string | null = null,
): Promise<RedemptionRow[]> {
  const { write } = redemptionsInsert(tx.dialect, tenantId, orderId, wanted, now, reservationId, "revive");
  return (await tx.all(write.sql, write.params)).map(decodeRedemption);
}

/** One use of each code, where the code is active and under its own limit; answers the ids that took it. */
export function codeUsesStatement(tenantId: string, codeIds: readonly string[]): IdStatement {
  return {
    sql: `UPDATE "CouponCode" SET "redemptions" = "redemptions" + 1
     WHERE "tenantId" = ? AND "id" IN (${placeholders(codeIds.length)}) AND "active" = true AND ("maxRedemptions" IS NULL OR "redemptions" < "maxRedemptions")
     RETURNING "id"`,
    params: [tenantId, ...codeIds],
  };
}

/** `uses` more redemptions of each coupon, where that keeps it within its limit; answers the ids that took them. */
export function couponUsesStatement(tenantId: string, uses: ReadonlyMap<string, number>): IdStatement {
  const ids = [...uses.keys()];
  const added = `CASE ${ids.map(() => `WHEN "id" = ? THEN CAST(? AS INTEGER)`).join(" ")} END`;
  const addedParams = ids.flatMap((id) => [id, uses.get(id)!]);
  return {
    sql: `UPDATE "Offer" SET "redemptions" = "redemptions" + ${added}
     WHERE "tenantId" = ? AND "id" IN (${placeholders(ids.length)}) AND ("maxRedemptions" IS NULL OR "redemptions" + ${added} <= "maxRedemptions")
     RETURNING "id"`,
    params: [...addedParams, tenantId, ...ids, ...addedParams],
  };
}

/** A reservation's ledger rows (contract §7), in code order. */
export async function findRowsOfReservation(client: Statements, tenantId: string, reservationId: string): Promise<RedemptionRow[]> {
  const rows = await client.all(`SELECT ${COLUMNS} FROM "Redemption" WHERE "tenantId" = ? AND "reservationId" = ? ORDER BY "code"`, [
    tenantId,
    reservationId,
  ]);
  return rows.map(decodeRedemption);
}

export async function findRedemption(client: Statements, tenantId: string, id: string): Promise<RedemptionRow | null> {
  const [row] = await client.all(`SELECT ${COLUMNS} FROM "Redemption" WHERE "tenantId" = ? AND "id" = ?`, [tenantId, id]);
  return row ? decodeRedemption(row) : null;
}

/** Every ledger row of an order, oldest first. */
export async function findOrderRows(client: Statements, tenantId: string, orderId: string): Promise<RedemptionRow[]> {
  const rows = await client.all(`SELECT ${COLUMNS} FROM "Redemption" WHERE "tenantId" = ? AND "orderId" = ? ORDER BY "createdAt", "id"`, [
    tenantId,
    orderId,
  ]);
  return rows.map(decodeRedemption);
}

/**
 * Moves redeemed rows (one by id, or all of an order) to reverted, in one conditional UPDATE; answers the
 * rows it moved, so only the caller that moved a row gives its counters back (exactly once).
 */
export async function revertRows(
  tx: Statements,
  tenantId: string,
  which: { id: string } | { orderId: string },
  now: Date,
): Promise<RedemptionRow[]> {
  const [column, value] = "id" in which ? ["id", which.id] : ["orderId", which.orderId];
  const rows = await tx.all(
    `UPDATE "Redemption" SET "status" = 'reverted', "revertedAt" = ${fragments.timestamp(tx.dialect)}
     WHERE "tenantId" = ? AND "${column}" = ? AND "status" = 'redeemed'
     RETURNING ${COLUMNS}`,
    [now, tenantId, value],
  );
  return rows.map(decodeRedemption);
}
