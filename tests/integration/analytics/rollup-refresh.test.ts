// A rollup run that brings this instance's count of rolled-up changes to the refresh bound refreshes the
// rollup tables (Driver.refreshAfterBulkWrites): on PostgreSQL a VACUUM (ANALYZE), seen in the server's
// own table statistics. SQLite's refresh does nothing (nothing to observe), so this runs on PostgreSQL.
import { describe, expect, it } from "vitest";
import { driver } from "@/lib/db/driver";
import { date, nullable, rowOf, text } from "@/lib/db/decode";
import { databaseProvider } from "@/lib/env";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { rollUpNow, setUp } from "@/tests/integration/analytics/support/rollup-fixtures";

const TABLES = ["AnalyticsCodeDay", "AnalyticsOrderHour", "AnalyticsUsageHour"];
const decode = rowOf({ relname: text, last_vacuum: nullable(date), last_analyze: nullable(date) });

async function lastRefreshes(): Promise<Map<string, { vacuum: number; analyze: number }>> {
  const rows = await driver().all(
    `SELECT "relname", "last_vacuum", "last_analyze" FROM pg_stat_user_tables WHERE "relname" IN (?, ?, ?)`,
    TABLES,
  );
  return new Map(
    rows.map(decode).map((r) => [r.relname, { vacuum: r.last_vacuum?.getTime() ?? 0, analyze: r.last_analyze?.getTime() ?? 0 }]),
  );
}

describe.runIf(databaseProvider() === "postgres")("rollup table refresh", () => {
  it("vacuums and analyzes the rollup tables once a run reaches the bound, and not before", async () => {
    const { t } = await setUp();
    const redeem = (orderId: string) => redeemCodes(t.actors.admin, { codes: ["ALPHA"], orderId, currency: "EUR", catalogTotal: 40 });

    const before = await lastRefreshes();
    await redeem("refresh-1");
    await rollUpNow({ refreshAfterChanges: 1_000_000 });
    expect(await lastRefreshes()).toEqual(before);

    await redeem("refresh-2");
    const started = Date.now();
    expect(await rollUpNow({ refreshAfterChanges: 2 })).toBeGreaterThanOrEqual(1);
    const after = await lastRefreshes();
    for (const table of TABLES) {
      expect(after.get(table)!.vacuum, table).toBeGreaterThanOrEqual(started - 1_000);
      expect(after.get(table)!.analyze, table).toBeGreaterThanOrEqual(started - 1_000);
      expect(after.get(table)!.vacuum, table).toBeGreaterThan(before.get(table)?.vacuum ?? 0);
    }
  });
});
