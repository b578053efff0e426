// bench:analytics seeding: a tenant with OFFERS coupons of CODES_PER_OFFER codes each (some with a
// budget), STORES stores, and `rows` ledger rows spread over DAYS days, written by INSERT … SELECT over a
// generated series in chunks (server-side on PostgreSQL, a recursive CTE on SQLite), so 5,000,000 rows
// take neither 5,000,000 statements nor a 5,000,000-row array in the process. Row n: an offer and code
// skewed to the first ones, store n·7 mod STORES, channel n mod 4, catalogTotal 20.00–219.99, a 10 %
// discount, 2 % reverted and 1 % released (with revertedAt 10 min later), store 19 paying in USD.
import { addAttemptHours, type AttemptHourDelta } from "@/lib/analytics/queries/rollups";
import { driver, type Driver } from "@/lib/db/driver";
import { db } from "@/lib/db/client";
import { makePosSetup } from "@/tests/factories/pos";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

export const DAYS = 90;
const OFFERS = 40;
const CODES_PER_OFFER = 5;
const STORES = 20;
const CHUNK = 250_000;
const HOUR_MS = 3_600_000;
const OUTCOMES = ["applied", "minimum_not_reached", "currency_not_allowed", "expired", "store_not_allowed"];

export type Seeded = { t: TestTenant; offerIds: string[]; budgetOfferId: string; start: number };

function columns(dialect: Driver["dialect"]): string {
  const g = dialect === "postgres" ? "g" : "s.g";
  const created =
    dialect === "postgres"
      ? `(to_timestamp(CAST(? AS bigint) + (${g} * CAST(? AS bigint)) / 1000) AT TIME ZONE 'UTC')`
      : `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', CAST(? AS INTEGER) + (${g} * CAST(? AS INTEGER)) / 1000, 'unixepoch')`;
  const reverted =
    dialect === "postgres"
      ? `(to_timestamp(CAST(? AS bigint) + (${g} * CAST(? AS bigint)) / 1000 + 600) AT TIME ZONE 'UTC')`
      : `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', CAST(? AS INTEGER) + (${g} * CAST(? AS INTEGER)) / 1000 + 600, 'unixepoch')`;
  return `'r' || ${g}, ?, c."codeId", c."offerId", c."code", 'o' || ${g}, 'cust-' || (${g} % 5000),
    CASE ${g} % 4 WHEN 0 THEN 'web' WHEN 1 THEN 'store' WHEN 2 THEN 'mobile_ios' ELSE 'mobile_android' END,
    'store-' || ((${g} * 7) % ${STORES}), 2000 + (${g} * 53) % 20000,
    CASE WHEN (${g} * 7) % ${STORES} = 19 THEN 'USD' ELSE 'EUR' END,
    CASE WHEN ${g} % 50 = 0 THEN 'reverted' WHEN ${g} % 97 = 0 THEN 'released' ELSE 'redeemed' END,
    ${created},
    CASE WHEN ${g} % 50 = 0 OR ${g} % 97 = 0 THEN ${reverted} ELSE NULL END,
    'coupon', (2000 + (${g} * 53) % 20000) / 10`;
}

const INSERT = `INSERT INTO "Redemption" ("id", "tenantId", "codeId", "offerId", "code", "orderId", "consumerId", "channelType", "storeId",
  "catalogTotal", "currency", "status", "createdAt", "revertedAt", "offerType", "amount")`;

async function insertLedgerRows(d: Driver, tenantId: string, rows: number, start: number, now: number, log: (m: string) => void) {
  const stepMs = Math.max(1, Math.floor((now - 120_000 - start) / rows));
  const startSec = Math.floor(start / 1000);
  const codeIdx = `((g % 1000) * (g % 1000)) / ${Math.ceil(1_000_000 / (OFFERS * CODES_PER_OFFER))}`;
  for (let lo = 0; lo < rows; lo += CHUNK) {
    const hi = Math.min(rows, lo + CHUNK) - 1;
    const params = [tenantId, startSec, stepMs, startSec, stepMs];
    if (d.dialect === "postgres") {
      await d.run(
        `${INSERT} SELECT ${columns("postgres").replace("?", "CAST(? AS text)")} FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) AS g
         JOIN "BenchCode" c ON c."idx" = ${codeIdx}`,
        [...params, lo, hi],
      );
    } else {
      await d.run(
        `${INSERT} WITH RECURSIVE s(g) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT g + 1 FROM s WHERE g < CAST(? AS INTEGER))
         SELECT ${columns("sqlite")} FROM s JOIN "BenchCode" c ON c."idx" = ${codeIdx.replace(/g %/g, "s.g %")}`,
        [lo, hi, ...params],
      );
    }
    if ((hi + 1) % 1_000_000 === 0 || hi + 1 === rows) log(`${hi + 1} ledger rows`);
  }
}

/** Printed coupons: `count` issued over the range at stores 0–9, every third one redeemed. */
async function insertPrintedCoupons(d: Driver, tenantId: string, ruleId: string, count: number, start: number, now: number) {
  const ts = (ms: number) => new Date(ms);
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const issuedAt = start + Math.floor(((now - start - HOUR_MS) * i) / count);
    rows.push([`ic-${i}`, tenantId, ruleId, `BENCH${i}`, i % 3 === 0 ? "REDEEMED" : "ACTIVE", ts(issuedAt), `store-${i % 10}`]);
    const last = rows[rows.length - 1];
    last.push(i % 3 === 0 ? ts(issuedAt + HOUR_MS) : null, ts(now));
  }
  const ph = d.dialect === "postgres" ? "(CAST(? AS timestamptz) AT TIME ZONE 'UTC')" : "?";
  for (let i = 0; i < rows.length; i += 1_000) {
    const chunk = rows.slice(i, i + 1_000);
    await d.run(
      `INSERT INTO "IssuedCoupon" ("id", "tenantId", "couponRuleId", "uniqueIdentifier", "status", "issuedAt", "issuedStoreId", "redeemedAt", "updatedAt", "createdBy")
       VALUES ${chunk.map(() => `(?, ?, ?, ?, ?, ${ph}, ?, ${ph}, ${ph}, 'bench')`).join(", ")}`,
      chunk.flat() as (string | Date | null)[],
    );
  }
}

/** Pricing outcomes per hour for every offer: what the in-memory aggregation would have flushed. */
async function insertOutcomes(tenantId: string, offerIds: string[], start: number, now: number) {
  const deltas: AttemptHourDelta[] = [];
  for (let hour = Math.floor(start / HOUR_MS); hour < Math.floor(now / HOUR_MS); hour++)
    for (const [k, offerId] of offerIds.entries())
      for (const [j, outcome] of OUTCOMES.entries()) deltas.push({ tenantId, hour, offerId, outcome, count: 1 + ((hour + k + j) % 7) });
  await driver().transaction((tx) => addAttemptHours(tx, deltas));
}

export async function seedAnalyticsBench(rows: number, now: number, log: (m: string) => void): Promise<Seeded> {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  const { rule } = await makePosSetup(t);
  await db().store.createMany({
    data: Array.from({ length: STORES }, (_, i) => ({ tenantId: t.tenantId, id: `store-${i}`, name: `Store ${i}` })),
  });
  const offerIds: string[] = [];
  for (let k = 0; k < OFFERS; k++) {
    const codes = Array.from({ length: CODES_PER_OFFER }, (_, j) => `B${k}-${j}`);
    offerIds.push(
      await makeOffer(t.tenantId, {
        family: "coupon",
        name: `Bench offer ${k}`,
        category: { kind: "CartLevelPercentage", discount: 10 },
        codes,
        limits: k < 4 ? { budget: [{ currency: "EUR", amount: 1_000_000 * (k + 1) }] } : null,
      }),
    );
  }
  const d = driver();
  const codes = await db().couponCode.findMany({ where: { tenantId: t.tenantId }, orderBy: { code: "asc" } });
  const byOffer = new Map(offerIds.map((id, k) => [id, k]));
  const ordered = [...codes].sort((a, b) => byOffer.get(a.offerId)! - byOffer.get(b.offerId)! || a.code.localeCompare(b.code));
  await d.run(`DROP TABLE IF EXISTS "BenchCode"`, []);
  await d.run(
    `CREATE TABLE "BenchCode" ("idx" INTEGER PRIMARY KEY, "codeId" TEXT NOT NULL, "offerId" TEXT NOT NULL, "code" TEXT NOT NULL)`,
    [],
  );
  await d.run(
    `INSERT INTO "BenchCode" ("idx", "codeId", "offerId", "code") VALUES ${ordered.map(() => "(?, ?, ?, ?)").join(", ")}`,
    ordered.flatMap((c, i) => [i, c.id, c.offerId, c.code]),
  );
  const start = Math.floor(now / HOUR_MS) * HOUR_MS - DAYS * 24 * HOUR_MS;
  await insertLedgerRows(d, t.tenantId, rows, start, now, log);
  await d.run(`DROP TABLE "BenchCode"`, []);
  await insertPrintedCoupons(d, t.tenantId, rule.id, 100_000, start, now);
  await insertOutcomes(t.tenantId, offerIds, start, now);
  return { t, offerIds, budgetOfferId: offerIds[0], start };
}
