import { describe, expect, it } from "vitest";
import { auditEventsStatement, insertAuditEvents } from "@/lib/audit/queries";
import { db } from "@/lib/db/client";
import { bool, date, int, json, nullable, rowOf, RowDecodeError, text } from "@/lib/db/decode";
import { driver, fragments } from "@/lib/db/driver";
import { idsOf, writeAllOrNone, writeTogether, WritesRefused } from "@/lib/db/write-together";
import { crossedThresholds, thresholdGuard } from "@/lib/limits/budget-thresholds";
import { usageTakeWrite } from "@/lib/limits/queries";
import { makeTenant } from "@/tests/factories/tenant";

// The driver (lib/db/driver.ts) writes and reads the same values as Prisma on the database under test.
describe("driver and row decoders", () => {
  it("round-trips dates, JSON, booleans and integers with Prisma in both directions", async () => {
    const t = await makeTenant();
    const at = new Date("2026-12-01T09:30:15.250Z");
    await insertAuditEvents(
      driver(),
      t.actors.admin,
      [{ action: "probe", objectType: "test", objectId: "o-1", changes: { n: 1, list: ["a"] } }],
      at,
    );
    const viaPrisma = await db().auditEvent.findFirstOrThrow({ where: { tenantId: t.tenantId, action: "probe" } });
    expect(viaPrisma.createdAt.toISOString()).toBe(at.toISOString());
    expect(viaPrisma.changes).toEqual({ n: 1, list: ["a"] });

    const decode = rowOf({ id: text, createdAt: date, changes: json });
    const [row] = await driver().all(`SELECT "id", "createdAt", "changes" FROM "AuditEvent" WHERE "tenantId" = ? AND "action" = 'probe'`, [
      t.tenantId,
    ]);
    expect(decode(row)).toEqual({ id: viaPrisma.id, createdAt: at, changes: { n: 1, list: ["a"] } });

    const [tenant] = await driver().all(`SELECT "offersRevision", "timeZone" FROM "Tenant" WHERE "id" = ?`, [t.tenantId]);
    expect(rowOf({ offersRevision: int, timeZone: text })(tenant)).toEqual({ offersRevision: 0, timeZone: "Europe/Berlin" });
    const [flags] = await driver().all(`SELECT 1 = 1 AS "yes", 1 = 0 AS "no", COUNT(*) AS "n" FROM "Tenant" WHERE "id" = ?`, [t.tenantId]);
    expect(rowOf({ yes: bool, no: bool, n: int })(flags)).toEqual({ yes: true, no: false, n: 1 });
    const [stamp] = await driver().all(`SELECT ${fragments.timestamp(driver().dialect)} AS "at"`, [at]);
    expect(date(stamp.at, "at").toISOString()).toBe(at.toISOString());
  });

  it("commits a transaction that resolves and rolls back one that throws", async () => {
    const t = await makeTenant();
    const event = (objectId: string) => [{ action: "tx-probe", objectType: "test", objectId }];
    await driver().transaction((tx) => insertAuditEvents(tx, t.actors.admin, event("kept"), new Date()));
    await expect(
      driver().transaction(async (tx) => {
        await insertAuditEvents(tx, t.actors.admin, event("dropped"), new Date());
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    const rows = await db().auditEvent.findMany({ where: { tenantId: t.tenantId, action: "tx-probe" } });
    expect(rows.map((r) => r.objectId)).toEqual(["kept"]);
  });

  it("writes together: every statement runs, answers its own ids in order, and rolls back with its transaction", async () => {
    const t = await makeTenant();
    const events = (action: string, n: number) => Array.from({ length: n }, (_, i) => ({ action, objectType: "test", objectId: `o-${i}` }));
    const now = new Date();
    const statements = [
      auditEventsStatement(driver().dialect, t.actors.admin, events("together-a", 2), now),
      {
        sql: `UPDATE "Tenant" SET "offersRevision" = "offersRevision" + 1 WHERE "id" = ? AND "id" = 'nobody' RETURNING "id"`,
        params: [t.tenantId],
      },
      auditEventsStatement(driver().dialect, t.actors.admin, events("together-b", 3), now),
      {
        sql: `UPDATE "Tenant" SET "offersRevision" = "offersRevision" + 1 WHERE "id" = ? RETURNING "id", "offersRevision"`,
        params: [t.tenantId],
      },
    ];
    const rows = await driver().transaction((tx) => writeTogether(tx, statements));
    // Integer columns come back as numbers on both databases (through JSON on PostgreSQL).
    expect(rows[3].map(rowOf({ id: text, offersRevision: int }))).toEqual([{ id: t.tenantId, offersRevision: 1 }]);
    const answers = rows.map(idsOf);
    const ids = async (action: string) =>
      (await db().auditEvent.findMany({ where: { tenantId: t.tenantId, action } })).map((r) => r.id).sort();
    expect(answers.map((a) => a.length)).toEqual([2, 0, 3, 1]);
    expect([...answers[0]].sort()).toEqual(await ids("together-a"));
    expect([...answers[2]].sort()).toEqual(await ids("together-b"));
    expect(answers[3]).toEqual([t.tenantId]);
    expect((await db().tenant.findUniqueOrThrow({ where: { id: t.tenantId } })).offersRevision).toBe(1);

    const again = [auditEventsStatement(driver().dialect, t.actors.admin, events("together-c", 1), new Date()), statements[3]];
    await expect(
      driver().transaction(async (tx) => {
        await writeTogether(tx, again);
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await ids("together-c")).toEqual([]);
    expect((await db().tenant.findUniqueOrThrow({ where: { id: t.tenantId } })).offersRevision).toBe(1);
  });

  it("writes all or none: commits when every expectation holds, and nothing when one does not", async () => {
    const t = await makeTenant();
    const events = (action: string) => [{ action, objectType: "test", objectId: "o-1" }];
    const bump = (guard: string) => ({
      sql: `UPDATE "Tenant" SET "offersRevision" = "offersRevision" + 1 WHERE "id" = ? ${guard} RETURNING "id", "offersRevision"`,
      params: [t.tenantId],
    });
    const audits = async (action: string) => db().auditEvent.count({ where: { tenantId: t.tenantId, action } });
    const revision = async () => (await db().tenant.findUniqueOrThrow({ where: { id: t.tenantId } })).offersRevision;

    const kept = [auditEventsStatement(driver().dialect, t.actors.admin, events("all-kept"), new Date()), bump("")];
    const answers = await writeAllOrNone(driver(), kept, [{ write: kept[1], rows: 1 }]);
    expect(answers[1].map(rowOf({ id: text, offersRevision: int }))).toEqual([{ id: t.tenantId, offersRevision: 1 }]);
    expect(idsOf(answers[0])).toHaveLength(1);
    expect(await audits("all-kept")).toBe(1);

    // A write that changed no row where one was expected: the audit row written beside it is undone.
    const short = [auditEventsStatement(driver().dialect, t.actors.admin, events("none-short"), new Date()), bump(`AND "id" = 'nobody'`)];
    await expect(writeAllOrNone(driver(), short, [{ write: short[1], rows: 1 }])).rejects.toBeInstanceOf(WritesRefused);
    expect(await audits("none-short")).toBe(0);

    // A row the guard forbids: the counter's own change is undone too.
    const guarded = [bump(""), auditEventsStatement(driver().dialect, t.actors.admin, events("none-guarded"), new Date())];
    const none = {
      where: `"offersRevision" = ?`,
      params: [2],
      matches: (row: Record<string, unknown>) => int(row.offersRevision, "r") === 2,
    };
    await expect(writeAllOrNone(driver(), guarded, [{ write: guarded[0], rows: 1, none }])).rejects.toBeInstanceOf(WritesRefused);
    expect(await audits("none-guarded")).toBe(0);
    expect(await revision()).toBe(1);
  });

  it("guards budget thresholds in SQL exactly where crossedThresholds finds a crossing", async () => {
    const t = await makeTenant();
    const offerId = "offer-guard";
    const take = (delta: number) => ({ offerId, windowKey: "", scope: "budget:EUR", delta, cap: 10_000 });
    // To 4,900 (no threshold), by 100 to 5,000 (crosses 50 %), by 50 (none), by 2,950 to 8,000 (80 %), by 1 (none).
    for (const [delta, crosses] of [
      [4_900, false],
      [100, true],
      [50, false],
      [2_950, true],
      [1, false],
    ] as const) {
      const { write, merged, answer } = usageTakeWrite(t.tenantId, [take(delta)]);
      const none = thresholdGuard(merged)!;
      const attempt = writeAllOrNone(driver(), [write!], [{ write: write!, rows: 1, none }]);
      if (crosses) {
        await expect(attempt).rejects.toBeInstanceOf(WritesRefused);
        const taken = await driver().transaction(async (tx) => answer(await tx.all(write!.sql, write!.params)).taken);
        expect(crossedThresholds(taken)).toHaveLength(1);
      } else {
        expect(crossedThresholds(answer((await attempt)[0]).taken)).toEqual([]);
      }
    }
    expect(thresholdGuard([{ offerId, windowKey: "", scope: "uses", delta: 1, cap: 10 }])).toBeNull();
  });

  it("answers a prepared statement for each run's own values, past the runs a database plans it for", async () => {
    const t = await makeTenant();
    await insertAuditEvents(
      driver(),
      t.actors.admin,
      Array.from({ length: 12 }, (_, i) => ({ action: `prepared-${i % 3}`, objectType: "test", objectId: `o-${i}` })),
      new Date(),
    );
    const count = async (action: string) =>
      (
        await driver().all(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "tenantId" = ? AND "action" = ?`, [t.tenantId, action], {
          prepared: true,
        })
      ).map(rowOf({ n: int }))[0].n;
    // PostgreSQL plans a prepared statement for its values at first, and may keep a generic plan after five runs.
    for (let run = 0; run < 8; run++) expect(await count(`prepared-${run % 4}`)).toBe(run % 4 === 3 ? 0 : 4);
    const inTransaction = await driver().transaction((tx) =>
      tx.all(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "tenantId" = ? AND "action" = ?`, [t.tenantId, "prepared-1"], {
        prepared: true,
      }),
    );
    expect(rowOf({ n: int })(inTransaction[0]).n).toBe(4);
  });

  it("refuses a value of the wrong type, naming the column", () => {
    expect(() => rowOf({ n: int })({ n: "seven" })).toThrow(RowDecodeError);
    expect(() => text(3, "name")).toThrow(/column name: expected text/);
    expect(nullable(int)(null, "n")).toBeNull();
  });
});
