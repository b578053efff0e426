// The usage counters of contract §7 (table OfferUsage), through the driver on the redemption path.
// A take is one conditional upsert for all of an order's counters: a row whose `used + delta` would pass
// its cap is left alone and missing from RETURNING, which the caller reads as "limit reached" and rolls
// back. PostgreSQL locks each counter row it upserts; the rows come sorted by key so that two orders
// using several offers lock them in the same order and cannot deadlock. SQLite runs the whole
// transaction alone on its single writer.
import { int, rowOf, text } from "@/lib/db/decode";
import { placeholders, type Row, type Statements } from "@/lib/db/driver";
import type { Write } from "@/lib/db/write-together";

/** No cap: the counter is kept (so a revert gives back exactly what was taken) but never refuses. */
export const NO_CAP = Number.MAX_SAFE_INTEGER;

export type UsageKey = { offerId: string; windowKey: string; scope: string };
export type UsageTake = UsageKey & { delta: number; cap: number };

const keyOf = (k: UsageKey) => `${k.offerId}\u0000${k.windowKey}\u0000${k.scope}`;

/** Sums takes of the same counter (one upsert may touch a row once) and sorts them by key. */
export function mergeTakes(takes: readonly UsageTake[]): UsageTake[] {
  const merged = new Map<string, UsageTake>();
  for (const take of takes) {
    const key = keyOf(take);
    const before = merged.get(key);
    merged.set(key, before ? { ...before, delta: before.delta + take.delta, cap: Math.min(before.cap, take.cap) } : { ...take });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, take]) => take);
}

const decodeTaken = rowOf({ offerId: text, windowKey: text, scope: text, used: int });

/** A counter a take moved: by `delta`, to `used`, under `cap`. */
export type TakenUsage = UsageTake & { used: number };

export type UsageTakeResult = { refused: UsageTake[]; taken: TakenUsage[] };

/**
 * The one conditional upsert of a take (null when there is nothing to write: no take, or a take refused
 * before any write), to run alone (takeUsage) or with other writes (lib/db/write-together.ts); `answer`
 * reads its RETURNING rows, one per counter of `merged` that took its take.
 */
export function usageTakeWrite(
  tenantId: string,
  takes: readonly UsageTake[],
): { write: Write | null; answer: (rows: readonly Row[]) => UsageTakeResult; merged: UsageTake[] } {
  const merged = mergeTakes(takes);
  // A counter that does not exist yet is inserted without the WHERE: a delta above its cap is refused here.
  const tooBig = merged.filter((t) => t.delta > t.cap);
  if (merged.length === 0 || tooBig.length > 0) return { write: null, answer: () => ({ refused: tooBig, taken: [] }), merged };
  const write = {
    sql: `INSERT INTO "OfferUsage" ("tenantId", "offerId", "windowKey", "scope", "used", "cap")
     VALUES ${merged.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")}
     ON CONFLICT ("tenantId", "offerId", "windowKey", "scope") DO UPDATE SET "used" = "OfferUsage"."used" + excluded."used", "cap" = excluded."cap"
     WHERE "OfferUsage"."used" + excluded."used" <= excluded."cap"
     RETURNING "offerId", "windowKey", "scope", "used"`,
    params: merged.flatMap((t) => [tenantId, t.offerId, t.windowKey, t.scope, t.delta, t.cap]),
  };
  const answer = (rows: readonly Row[]): UsageTakeResult => {
    const used = new Map(rows.map((row) => decodeTaken(row)).map((row) => [keyOf(row), row.used]));
    return {
      refused: merged.filter((t) => !used.has(keyOf(t))),
      taken: merged.flatMap((t) => (used.has(keyOf(t)) ? [{ ...t, used: used.get(keyOf(t))! }] : [])),
    };
  };
  return { write, answer, merged };
}

/**
 * Takes every counter or reports the ones that would pass their cap (`refused`: then nothing should be
 * kept); `taken` holds each counter's new value (budget thresholds read it).
 */
export async function takeUsage(tx: Statements, tenantId: string, takes: readonly UsageTake[]): Promise<UsageTakeResult> {
  const { write, answer } = usageTakeWrite(tenantId, takes);
  return answer(write ? await tx.all(write.sql, write.params) : []);
}

/** Gives back what takeUsage took (revert, release, expiry): never below zero. */
export async function giveBackUsage(tx: Statements, tenantId: string, gives: readonly UsageTake[]): Promise<void> {
  for (const give of mergeTakes(gives)) {
    await tx.run(
      `UPDATE "OfferUsage" SET "used" = CASE WHEN "used" > ? THEN "used" - ? ELSE 0 END
       WHERE "tenantId" = ? AND "offerId" = ? AND "windowKey" = ? AND "scope" = ?`,
      [give.delta, give.delta, tenantId, give.offerId, give.windowKey, give.scope],
    );
  }
}

const decodeUsage = rowOf({ offerId: text, windowKey: text, scope: text, used: int });
export type UsageRow = ReturnType<typeof decodeUsage>;

/** The counters of the given offers in the given windows (pricing's cache, the console's bars). */
export async function findUsage(
  client: Statements,
  tenantId: string,
  wanted: readonly { offerId: string; windowKey: string }[],
  options: { allWindows?: boolean } = {},
): Promise<UsageRow[]> {
  if (wanted.length === 0) return [];
  const offerIds = [...new Set(wanted.map((w) => w.offerId))];
  const rows = await client.all(
    `SELECT "offerId", "windowKey", "scope", "used" FROM "OfferUsage" WHERE "tenantId" = ? AND "offerId" IN (${placeholders(offerIds.length)})`,
    [tenantId, ...offerIds],
    { prepared: true },
  );
  const keys = new Set(wanted.map((w) => `${w.offerId}\u0000${w.windowKey}`));
  const decoded = rows.map(decodeUsage);
  return options.allWindows ? decoded : decoded.filter((row) => keys.has(`${row.offerId}\u0000${row.windowKey}`));
}

const decodeUsageAndHold = rowOf({ source: text, offerId: text, windowKey: text, scope: text, value: int });
export type UsageAndHoldRow = ReturnType<typeof decodeUsageAndHold>;

/**
 * The console's bars, in one statement for a whole list page: the counters of the given offers in the
 * given windows ("counter") and what open reservations hold of them, from the ledger ("held": a count
 * of uses, and the amount per currency). Rows of other windows are dropped here.
 */
export async function findUsageAndHolds(
  client: Statements,
  tenantId: string,
  wanted: readonly { offerId: string; windowKey: string }[],
): Promise<UsageAndHoldRow[]> {
  if (wanted.length === 0) return [];
  const offerIds = [...new Set(wanted.map((w) => w.offerId))];
  const windowKeys = [...new Set(wanted.map((w) => w.windowKey))];
  const scope = `"tenantId" = ? AND "offerId" IN (${placeholders(offerIds.length)}) AND "windowKey" IN (${placeholders(windowKeys.length)})`;
  const params = [tenantId, ...offerIds, ...windowKeys];
  const rows = await client.all(
    `SELECT 'counter' AS "source", "offerId", "windowKey", "scope", "used" AS "value" FROM "OfferUsage" WHERE ${scope}
     UNION ALL
     SELECT 'held', "offerId", "windowKey", 'uses', COUNT(*) FROM "Redemption" WHERE ${scope} AND "status" = 'reserved'
       GROUP BY "offerId", "windowKey"
     UNION ALL
     SELECT 'held', "offerId", "windowKey", 'budget:' || "currency", SUM("amount") FROM "Redemption"
       WHERE ${scope} AND "status" = 'reserved' AND "amount" > 0 AND "currency" IS NOT NULL
       GROUP BY "offerId", "windowKey", "currency"`,
    [...params, ...params, ...params],
  );
  const keys = new Set(wanted.map((w) => `${w.offerId}\u0000${w.windowKey}`));
  return rows.map(decodeUsageAndHold).filter((row) => keys.has(`${row.offerId}\u0000${row.windowKey}`));
}

const decodeZone = rowOf({ timeZone: text });

/** The tenant's zone: limit windows start at its local midnight (contract §7). */
export async function findTenantZone(client: Statements, tenantId: string): Promise<string> {
  const [row] = await client.all(`SELECT "timeZone" FROM "Tenant" WHERE "id" = ?`, [tenantId]);
  return row ? decodeZone(row).timeZone : "UTC";
}

const decodeOfferId = rowOf({ offerId: text });

/**
 * The offers with any use or spend counted (in any window): the only ones that can be used up, so the
 * "Exhausted" filter (find-exhausted.ts) reads the limits of these only, not of every live offer.
 */
export async function findOffersWithUsage(client: Statements, tenantId: string): Promise<string[]> {
  const rows = await client.all(
    `SELECT DISTINCT "offerId" FROM "OfferUsage" WHERE "tenantId" = ? AND "used" > 0 AND ("scope" = 'uses' OR "scope" LIKE 'budget:%')`,
    [tenantId],
  );
  return rows.map((row) => decodeOfferId(row).offerId);
}
