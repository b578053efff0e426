// Helpers for suites that run against PostgreSQL.
import pg from "pg";
import { assertDisposable } from "@/tests/support/disposable-database";

/** Runs `statements` (with the database named in `url` as $name) on the server's `postgres` database. */
async function administer(url: string, statements: (name: string) => string[]): Promise<void> {
  assertDisposable(url);
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[\w-]+$/.test(name)) throw new Error(`Unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (const statement of statements(name)) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops the database named in `url`. */
export async function dropPostgresDatabase(url: string): Promise<void> {
  await administer(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}

/** Drops and recreates the database named in `url`. */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  await administer(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
}

export async function postgresReachable(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
