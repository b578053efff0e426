// One Prisma client per process, on SQLite or PostgreSQL depending on DATABASE_URL.
// Both generated clients come from the same models, so the SQLite client's type describes both.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import type pg from "pg";
import path from "node:path";
import { databaseProvider, env } from "@/lib/env";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { sharedPostgresPool } from "@/lib/db/driver";
import { serializeSqlite } from "@/lib/db/sqlite-serial";

export type Db = SqliteClient;
// Prisma's defaults (2 s to start, 5 s to finish) are too tight for bulk imports and for a busy SQLite writer.
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 60_000 };
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

/** `pool`: the PostgreSQL pool to use (db() shares the process's with the driver, driver.ts); a new one otherwise. */
export function createDb(url: string = env().DATABASE_URL, pool?: pg.Pool): Db {
  if (databaseProvider(url) === "postgres") {
    const adapter = new PrismaPg(pool ?? { connectionString: url, max: env().DATABASE_POOL_SIZE });
    return new PostgresClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // timeout = SQLite busy_timeout: writers from other processes (a second server on the same file) wait
  // instead of failing. Within the process nobody waits on it: every statement takes its turn first
  // (sqlite-serial.ts), the import's bulk connection included.
  const client = new SqliteClient({
    adapter: new PrismaBetterSQLite3({ url: file, timeout: 15_000 }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  // The journal is WAL (set once per file by migrate.ts; readers never wait for the writer). In WAL,
  // synchronous = NORMAL syncs at checkpoints instead of at every commit: a killed process loses nothing,
  // a power cut may lose the last commits. Measured with bench:checkout (see README).
  return serializeSqlite(client, [`PRAGMA synchronous = ${env().SQLITE_SYNCHRONOUS}`]);
}

const globalForDb = globalThis as unknown as { couponsmithDb?: Db };

/** The process-wide client (kept on globalThis so dev-server reloads do not open new pools). */
export function db(): Db {
  globalForDb.couponsmithDb ??= createDb(
    env().DATABASE_URL,
    databaseProvider() === "postgres" ? sharedPostgresPool(env().DATABASE_URL) : undefined,
  );
  return globalForDb.couponsmithDb;
}

export function isPostgres(): boolean {
  return databaseProvider() === "postgres";
}
