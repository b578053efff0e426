import { describe, expect, it } from "vitest";
import { insertAuditEvents } from "@/lib/audit/queries";
import { db } from "@/lib/db/client";
import { bool, date, int, json, nullable, rowOf, RowDecodeError, text } from "@/lib/db/decode";
import { driver, fragments } from "@/lib/db/driver";
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

  it("refuses a value of the wrong type, naming the column", () => {
    expect(() => rowOf({ n: int })({ n: "seven" })).toThrow(RowDecodeError);
    expect(() => text(3, "name")).toThrow(/column name: expected text/);
    expect(nullable(int)(null, "n")).toBeNull();
  });
});
