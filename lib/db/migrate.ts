// Applies pending migrations (prisma/migrations/<provider>/*/migration.sql) and records them.
// Our own runner because Prisma's `migrate deploy` cannot run offline on PostgreSQL (toolchain facts).
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseProvider } from "@/lib/env";

type Migration = { name: string; sql: string; checksum: string };
const LEDGER = "_couponsmith_migrations";
// Any constant works: it only has to be the same for every instance so they queue behind one another.
const PG_LOCK_KEY = 724_115_001;

export function readMigrations(provider: "sqlite" | "postgres", root = process.cwd()): Migration[] {
  const dir = path.join(root, "prisma", "migrations", provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function assertUnchanged(applied: Map<string, string>, migrations: Migration[]): void {
  for (const m of migrations) {
    const recorded = applied.get(m.name);
    if (recorded && recorded !== m.checksum) {
      throw new Error(`Migration ${m.name} was edited after it was applied (checksum differs); add a new migration instead.`);
    }
  }
}

export async function migrate(url: string, root = process.cwd()): Promise<string[]> {
  return databaseProvider(url) === "postgres" ? migratePostgres(url, root) : migrateSqlite(url, root);
}

function migrateSqlite(url: string, root: string): string[] {
  const file = path.resolve(url.replace(/^file:/, ""));
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 15_000 });
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const migrations = readMigrations("sqlite", root);
    const applyPending = sqlite.transaction(() => {
      const rows = sqlite.prepare(`SELECT name, checksum FROM ${LEDGER}`).all() as { name: string; checksum: string }[];
      const applied = new Map(rows.map((r) => [r.name, r.checksum]));
      assertUnchanged(applied, migrations);
      const done: string[] = [];
      for (const m of migrations.filter((m) => !applied.has(m.name))) {
        sqlite.exec(m.sql);
        sqlite
          .prepare(`INSERT INTO ${LEDGER} (name, checksum, applied_at) VALUES (?, ?, ?)`)
          .run(m.name, m.checksum, new Date().toISOString());
        done.push(m.name);
      }
      return done;
    });
    // IMMEDIATE takes the write lock up front, so two processes starting together apply each migration once.
    return applyPending.immediate();
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string, root: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${LEDGER}`);
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const migrations = readMigrations("postgres", root);
    assertUnchanged(applied, migrations);
    const done: string[] = [];
    for (const m of migrations.filter((m) => !applied.has(m.name))) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO ${LEDGER} (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
