// The chart reads: sums over the rollup tables, tenant first in every WHERE (each table's key or index
// starts with it, then the bucket), plus the few names the charts label their rows with.
import { grainFor, type UsageDimension } from "@/lib/analytics/grains";
import { date, int, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, placeholders, type SqlParam, type Statements } from "@/lib/db/driver";

export type UsageFilter = { fromHour: number; toHour: number; offerId?: string; storeId?: string; channel?: string };

function usageWhere(tenantId: string, f: UsageFilter, grouped?: UsageDimension): { sql: string; params: SqlParam[] } {
  const parts = [`"tenantId" = ?`, `"grain" = ?`, `"hour" >= ?`, `"hour" < ?`];
  const params: SqlParam[] = [tenantId, grainFor(f, grouped), f.fromHour, f.toHour];
  for (const column of ["offerId", "storeId", "channel"] as const) {
    const value = f[column];
    if (value === undefined) continue;
    parts.push(`"${column}" = ?`);
    params.push(value);
  }
  return { sql: parts.join(" AND "), params };
}

// SUM answers bigint on PostgreSQL (text through pg) and integer on SQLite: int() reads both.
const decodeHour = rowOf({ hour: int, redemptions: int, amountMinor: int });

export async function sumUsageByHour(client: Statements, tenantId: string, f: UsageFilter) {
  const where = usageWhere(tenantId, f);
  const rows = await client.all(
    `SELECT "hour", SUM("redemptions") AS "redemptions", SUM("amountMinor") AS "amountMinor" FROM "AnalyticsUsageHour" WHERE ${where.sql} GROUP BY "hour"`,
    where.params,
  );
  return rows.map(decodeHour);
}

const decodeRanked = rowOf({ id: text, redemptions: int });

/** Redemptions per offer, store or channel in the range, largest first. */
export async function sumUsageBy(client: Statements, tenantId: string, f: UsageFilter, column: UsageDimension, limit: number) {
  const where = usageWhere(tenantId, f, column);
  const rows = await client.all(
    `SELECT "${column}" AS "id", SUM("redemptions") AS "redemptions" FROM "AnalyticsUsageHour" WHERE ${where.sql}
     GROUP BY "${column}" HAVING SUM("redemptions") > 0 ORDER BY 2 DESC, 1 LIMIT ?`,
    [...where.params, limit],
  );
  return rows.map(decodeRanked);
}

const decodeCode = rowOf({ offerId: text, code: text, redemptions: int });

export async function sumCodeUses(
  client: Statements,
  tenantId: string,
  f: { fromDay: number; toDay: number; offerId?: string },
  limit: number,
) {
  const params: SqlParam[] = [tenantId, f.fromDay, f.toDay];
  const offer = f.offerId === undefined ? "" : (params.push(f.offerId), ` AND "offerId" = ?`);
  const rows = await client.all(
    `SELECT "offerId", "code", SUM("redemptions") AS "redemptions" FROM "AnalyticsCodeDay"
     WHERE "tenantId" = ? AND "day" >= ? AND "day" < ?${offer}
     GROUP BY "offerId", "code" HAVING SUM("redemptions") > 0 ORDER BY 3 DESC, 2 LIMIT ?`,
    [...params, limit],
  );
  return rows.map(decodeCode);
}

const decodeOutcome = rowOf({ hour: int, outcome: text, count: int });

/** Pricing outcomes per UTC hour and outcome ("applied" or a reason): one offer's, or the tenant's totals. */
export async function sumAttemptsByHour(client: Statements, tenantId: string, f: { fromHour: number; toHour: number; offerId?: string }) {
  const rows =
    f.offerId === undefined
      ? await client.all(
          `SELECT "hour", "outcome", "count" FROM "AnalyticsAttemptTotalHour" WHERE "tenantId" = ? AND "hour" >= ? AND "hour" < ?`,
          [tenantId, f.fromHour, f.toHour],
        )
      : await client.all(
          `SELECT "hour", "outcome", SUM("count") AS "count" FROM "AnalyticsAttemptHour"
           WHERE "tenantId" = ? AND "offerId" = ? AND "hour" >= ? AND "hour" < ? GROUP BY "hour", "outcome"`,
          [tenantId, f.offerId, f.fromHour, f.toHour],
        );
  return rows.map(decodeOutcome);
}

const decodeOfferOutcome = rowOf({ offerId: text, outcome: text, count: int });

/** Outcomes per offer in a range of hours (the dominant-reason alert). */
export async function sumAttemptsByOffer(client: Statements, tenantId: string, fromHour: number, toHour: number) {
  const rows = await client.all(
    `SELECT "offerId", "outcome", SUM("count") AS "count" FROM "AnalyticsAttemptHour"
     WHERE "tenantId" = ? AND "hour" >= ? AND "hour" < ? AND "offerId" <> '' GROUP BY "offerId", "outcome"`,
    [tenantId, fromHour, toHour],
  );
  return rows.map(decodeOfferOutcome);
}

const decodePrinted = rowOf({ storeId: nullable(text), issued: int, redeemed: int });

/** POS printed coupons issued in the range per issuing store, and how many of them were redeemed. */
export async function countPrintedCoupons(client: Statements, tenantId: string, from: Date, to: Date, storeId?: string) {
  const ts = fragments.timestamp(client.dialect);
  const params: SqlParam[] = [tenantId, from, to];
  const store = storeId === undefined ? "" : (params.push(storeId), ` AND "issuedStoreId" = ?`);
  const rows = await client.all(
    `SELECT "issuedStoreId" AS "storeId", COUNT(*) AS "issued", SUM(CASE WHEN "redeemedAt" IS NULL THEN 0 ELSE 1 END) AS "redeemed"
     FROM "IssuedCoupon" WHERE "tenantId" = ? AND "issuedAt" >= ${ts} AND "issuedAt" < ${ts}${store}
     GROUP BY "issuedStoreId" ORDER BY 2 DESC`,
    params,
  );
  return rows.map(decodePrinted);
}

const decodeName = rowOf({ id: text, name: text });
const decodeOffer = rowOf({ id: text, name: text, family: text });

export async function offerNames(client: Statements, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; family: string }>();
  const rows = await client.all(
    `SELECT "id", "name", "family" FROM "Offer" WHERE "tenantId" = ? AND "id" IN (${placeholders(ids.length)})`,
    [tenantId, ...ids],
  );
  return new Map(rows.map(decodeOffer).map((r) => [r.id, { name: r.name, family: r.family }]));
}

export async function storeNames(client: Statements, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await client.all(`SELECT "id", "name" FROM "Store" WHERE "tenantId" = ? AND "id" IN (${placeholders(ids.length)})`, [
    tenantId,
    ...ids,
  ]);
  return new Map(rows.map(decodeName).map((r) => [r.id, r.name]));
}

const decodeZone = rowOf({ timeZone: text });

export async function tenantTimeZone(client: Statements, tenantId: string): Promise<string> {
  const rows = await client.all(`SELECT "timeZone" FROM "Tenant" WHERE "id" = ?`, [tenantId]);
  return rows.length ? decodeZone(rows[0]).timeZone : "UTC";
}

const decodeExpiring = rowOf({ id: text, name: text, family: text, endsAt: date });

/** Live offers that end in (now, until]. */
export async function offersEndingBetween(client: Statements, tenantId: string, now: Date, until: Date) {
  const ts = fragments.timestamp(client.dialect);
  const rows = await client.all(
    `SELECT "id", "name", "family", "endsAt" FROM "Offer"
     WHERE "tenantId" = ? AND "endsAt" > ${ts} AND "endsAt" <= ${ts} AND "active" = true AND "archivedAt" IS NULL AND "unpublished" = false
     ORDER BY "endsAt", "id" LIMIT 50`,
    [tenantId, now, until],
  );
  return rows.map(decodeExpiring);
}

/** The choices of the console's offer and store filters. */
export async function filterChoices(client: Statements, tenantId: string) {
  const offers = await client.all(
    `SELECT "id", "name", "family" FROM "Offer" WHERE "tenantId" = ? AND "archivedAt" IS NULL AND "unpublished" = false ORDER BY "name", "id" LIMIT 300`,
    [tenantId],
  );
  const stores = await client.all(`SELECT "id", "name" FROM "Store" WHERE "tenantId" = ? ORDER BY "name", "id" LIMIT 300`, [tenantId]);
  return { offers: offers.map(decodeOffer), stores: stores.map(decodeName) };
}
