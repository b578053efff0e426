// The dialect fragments mean the same on SQLite and PostgreSQL: the suite runs on both.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { jsonArrayHolds, jsonArrayStrings, textContains } from "@/lib/db/dialect";
import { sqlJson } from "@/lib/db/sql-json";
import { Prisma } from "@/lib/generated/sqlite/client";

async function holds(array: unknown, value: string): Promise<boolean> {
  const rows = await db().$queryRaw<{ yes: number }[]>`SELECT 1 AS "yes" WHERE ${jsonArrayHolds(sqlJson(array), value)}`;
  return rows.length === 1;
}

async function strings(array: unknown): Promise<string[]> {
  const element = jsonArrayStrings(sqlJson(array), "e");
  const rows = await db().$queryRaw<{ value: string }[]>`SELECT ${element.value} AS "value" FROM ${element.from} WHERE ${element.where}`;
  return rows.map((r) => r.value).sort();
}

async function contains(text: string, search: string): Promise<boolean> {
  const rows = await db().$queryRaw<{ yes: number }[]>`SELECT 1 AS "yes" WHERE ${textContains(Prisma.sql`CAST(${text} AS TEXT)`, search)}`;
  return rows.length === 1;
}

describe("dialect fragments", () => {
  it("textContains ignores ASCII case and takes % and _ literally", async () => {
    expect(await contains("Summer SALE 2026", "sale")).toBe(true);
    expect(await contains("Summer SALE 2026", "winter")).toBe(false);
    expect(await contains("50% off", "50%")).toBe(true);
    expect(await contains("500 off", "50%")).toBe(false);
    expect(await contains("a_b", "a_b")).toBe(true);
    expect(await contains("axb", "a_b")).toBe(false);
    expect(await contains("back\\slash", "k\\s")).toBe(true);
  });

  it("jsonArrayHolds matches a whole string element only", async () => {
    expect(await holds(["shoes", "running"], "running")).toBe(true);
    expect(await holds(["shoes", "running"], "run")).toBe(false);
    expect(await holds(["1", 2], "2")).toBe(false);
    expect(await holds([], "shoes")).toBe(false);
  });

  it("jsonArrayStrings yields the string elements, and nothing for a value that is not an array", async () => {
    expect(await strings(["b", "a", 3, null, { x: 1 }])).toEqual(["a", "b"]);
    expect(await strings({ a: "x" })).toEqual([]);
    expect(await strings("shoes")).toEqual([]);
    expect(await strings([])).toEqual([]);
  });
});
