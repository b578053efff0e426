// Fails when prisma/schema.prisma and the migrations of either provider disagree: a database built by
// replaying the migrations must have exactly the structure Prisma derives from the schema.
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { databaseProvider, env } from "@/lib/env";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, prismaCli, writePostgresSchema } from "@/scripts/prisma-schemas";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/tests/support/postgres";
import { postgresShape, sqliteShape } from "@/tests/support/schema-shape";

function schemaScript(provider: "sqlite" | "postgres"): string {
  writePostgresSchema();
  process.env.PRISMA_PROVIDER = provider;
  try {
    return prismaCli([
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema-datamodel",
      provider === "sqlite" ? SQLITE_SCHEMA : POSTGRES_SCHEMA,
      "--script",
    ]);
  } finally {
    delete process.env.PRISMA_PROVIDER;
  }
}

describe.runIf(databaseProvider() === "sqlite")("SQLite migrations match schema.prisma", () => {
  it("replaying the migrations gives the schema's structure", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cs-drift-"));
    const migrated = path.join(dir, "migrated.db");
    const fromSchema = path.join(dir, "schema.db");
    await migrate(`file:${migrated}`);
    const sqlite = new Database(fromSchema);
    sqlite.exec(schemaScript("sqlite"));
    sqlite.close();
    expect(sqliteShape(migrated)).toEqual(sqliteShape(fromSchema));
  }, 60_000);
});

describe.runIf(databaseProvider() === "postgres")("PostgreSQL migrations match schema.prisma", () => {
  const base = new URL(env().DATABASE_URL);
  const urlFor = (name: string) => Object.assign(new URL(base.toString()), { pathname: `/${name}` }).toString();
  const migrated = urlFor(`${base.pathname.slice(1)}_drift_migrated`);
  const fromSchema = urlFor(`${base.pathname.slice(1)}_drift_schema`);

  afterAll(async () => {
    for (const url of [migrated, fromSchema]) await dropPostgresDatabase(url);
  });

  it("replaying the migrations gives the schema's structure", async () => {
    await recreatePostgresDatabase(migrated);
    await recreatePostgresDatabase(fromSchema);
    await migrate(migrated);
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(schemaScript("postgres"));
    await client.end();
    expect(await postgresShape(migrated)).toEqual(await postgresShape(fromSchema));
  }, 60_000);
});
