// The database driver itself, for the few statements every checkout runs (redemption). Measured with
// bench:checkout and an in-process loop: a statement through Prisma's driver adapters costs 0.4–0.9 ms
// on this machine against 0.02 ms (better-sqlite3) and 0.25 ms (pg) on the driver, and a redemption
// through Prisma took 8.9 ms on SQLite and 30 ms on PostgreSQL, most of it the adapters' per-statement
// work while the coupon's counter rows were locked. Everything else stays on Prisma.
//
// One SQL text for both databases: `?` placeholders (numbered for PostgreSQL here), and the fragments
// below for the few spots where the dialects differ. Rows come back as the driver returns them; read
// them with the decoders of lib/db/decode.ts.
//
// - SQLite: a second better-sqlite3 connection to the app's file. A transaction runs in the process's
//   SQLite turn (sqlite-serial.ts), from BEGIN IMMEDIATE to COMMIT with no other statement of this
//   process in between, so it never waits on the write lock within the process, and writers are served
//   in arrival order.
// - PostgreSQL: the very pool Prisma uses (client.ts hands it to PrismaPg), so an instance holds
//   DATABASE_POOL_SIZE connections in all.
import { createHash } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { inSqliteTurn } from "@/lib/db/sqlite-serial";
import { databaseProvider, env } from "@/lib/env";

export type SqlParam = string | number | boolean | null | Date;
export type Row = Record<string, unknown>;

/**
 * `prepared`: a statement of the checkout path, run the same way thousands of times a second with only
 * its values changing. PostgreSQL then prepares it once per connection and may keep a generic plan
 * (postgresQuery below); SQLite prepares every statement once anyway.
 */
export type StatementOptions = { prepared?: boolean };

export interface Statements {
  readonly dialect: "sqlite" | "postgres";
  /** Rows of a SELECT, or of an INSERT/UPDATE … RETURNING. */
  all(sql: string, params: readonly SqlParam[], options?: StatementOptions): Promise<Row[]>;
  /** Rows changed by an INSERT/UPDATE/DELETE without RETURNING. */
  run(sql: string, params: readonly SqlParam[], options?: StatementOptions): Promise<number>;
}

export interface Driver extends Statements {
  /**
   * One writing statement with RETURNING, committed on its own. On SQLite it waits for the process's
   * turn like a transaction does (a write on this connection while another one of the process holds the
   * write lock would block the event loop for busy_timeout); on PostgreSQL it is one round trip.
   */
  write(sql: string, params: readonly SqlParam[], options?: StatementOptions): Promise<Row[]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Statements) => Promise<T>): Promise<T>;
  /**
   * After a job wrote many rows to `tables`. PostgreSQL: VACUUM (ANALYZE) them, since until a vacuum marks
   * their pages all-visible an index-only scan still reads the table for every row, and the planner
   * estimates from the statistics of the last ANALYZE. Autovacuum does both where it is on; it is off on
   * our machines' server (bench:analytics at 1M ledger rows: the order-value chart's query 147 ms with
   * 12,212 heap fetches before, 17 ms with none after). SQLite: nothing, as its covering indexes never
   * read the table and its planner picked them without statistics at 5M rows.
   */
  refreshAfterBulkWrites(tables: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Prisma's SQLite DateTime text, so Prisma reads and compares what the driver writes like its own. */
export function sqliteValue(value: SqlParam): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function sqliteDriver(file: string): Driver {
  const conn = new Database(file, { timeout: 15_000 });
  conn.pragma(`synchronous = ${env().SQLITE_SYNCHRONOUS}`);
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = conn.prepare(sql)));
    return statement;
  };
  const statements: Statements = {
    dialect: "sqlite",
    async all(sql, params) {
      return prepare(sql).all(...params.map(sqliteValue)) as Row[];
    },
    async run(sql, params) {
      return prepare(sql).run(...params.map(sqliteValue)).changes;
    },
  };
  return {
    ...statements,
    write(sql, params) {
      return inSqliteTurn(() => statements.all(sql, params));
    },
    transaction(work) {
      return inSqliteTurn(async () => {
        conn.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(statements);
          conn.exec("COMMIT");
          return result;
        } catch (error) {
          if (conn.inTransaction) conn.exec("ROLLBACK");
          throw error;
        }
      });
    },
    async refreshAfterBulkWrites() {},
    async close() {
      conn.close();
    },
  };
}

/** `count` placeholders, comma-separated (an IN list, a VALUES row). */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (our SQL has no `?` inside literals). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// timestamp (without time zone) columns hold UTC: read them as UTC whatever the process's zone.
const TIMESTAMP_OID = 1114;
const utcTimestamps = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/**
 * `work` on one pooled connection inside BEGIN … COMMIT; rolled back when it throws, or when `keep`
 * says no to its result.
 */
export async function pgTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  keep: (result: T) => boolean = () => true,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query(keep(result) ? "COMMIT" : "ROLLBACK");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Named (prepared) statements, for the `prepared` ones: PostgreSQL parses and plans an unnamed statement
 * on every execution, and a named one once per connection, after which it keeps a generic plan where
 * that costs no more than planning each time. A redemption's one write has a dozen parts, so this
 * matters: bench:checkout, PostgreSQL, closed loop at 16 clients, redeem ratio to floor 0.34 unnamed,
 * 0.42–0.48 named, and 0.35 named with plan_cache_mode = force_custom_plan: the plan is the cost, not
 * the parse. Hence opt-in: analytics' range queries keep a plan made for their values. Our texts come
 * from code, but their shapes vary with counts (IN lists, VALUES rows) and each connection keeps what it
 * prepared until it closes, so only the first STATEMENT_NAMES distinct texts of the process are named;
 * later ones run unnamed. (Behind PgBouncer in transaction mode this needs its max_prepared_statements,
 * 1.21 or later.)
 */
const STATEMENT_NAMES = 500;
const statementNames = new Map<string, string>();

// A name is the text's hash, not a counter: Next may load this module more than once (each copy its own
// map) over the one shared pool, and a connection refuses a name it prepared for another text.
function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= STATEMENT_NAMES) return known;
  const name = `couponsmith_${createHash("sha256").update(text).digest("base64url").slice(0, 32)}`;
  statementNames.set(text, name);
  return name;
}

function postgresQuery(sql: string, params: readonly SqlParam[], options: StatementOptions = {}): pg.QueryConfig {
  const text = numbered(sql);
  return { text, name: options.prepared ? statementName(text) : undefined, values: params as unknown[], types: utcTimestamps };
}

function postgresDriver(pool: pg.Pool): Driver {
  const on = (client: pg.Pool | pg.PoolClient): Statements => ({
    dialect: "postgres",
    async all(sql, params, options) {
      return (await client.query(postgresQuery(sql, params, options))).rows as Row[];
    },
    async run(sql, params, options) {
      return (await client.query(postgresQuery(sql, params, options))).rowCount ?? 0;
    },
  });
  return {
    ...on(pool),
    write(sql, params, options) {
      return on(pool).all(sql, params, options);
    },
    transaction(work) {
      return pgTransaction(pool, (client) => work(on(client)));
    },
    async refreshAfterBulkWrites(tables) {
      if (tables.length > 0) await pool.query(`VACUUM (ANALYZE) ${tables.map((t) => `"${t}"`).join(", ")}`);
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * Seconds a pooled connection lives. A generic plan is made from the tables' sizes when it is made and
 * kept until an ANALYZE (autovacuum, or refreshAfterBulkWrites after an import) or the connection's end:
 * the coupon counter's UPDATE, prepared while a tenant had a dozen coupons, scans the tenant's offers
 * rather than the primary key, which a tenant grown to 100,000 coupons without an ANALYZE would pay on
 * every redemption. So no plan outlives a minute (10 reconnections a minute per instance).
 */
const CONNECTION_LIFETIME_SECONDS = 60;

/** The pool of an instance: Prisma's (client.ts) and the driver's. */
export function createPostgresPool(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, max: env().DATABASE_POOL_SIZE, maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS });
}

const globalDriver = globalThis as unknown as {
  couponsmithDriver?: { url: string; driver: Driver };
  couponsmithPool?: { url: string; pool: pg.Pool };
};

/** The process-wide PostgreSQL pool for `url` (shared by Prisma and the driver). */
export function sharedPostgresPool(url: string): pg.Pool {
  const cached = globalDriver.couponsmithPool;
  if (cached && cached.url === url) return cached.pool;
  const pool = createPostgresPool(url);
  globalDriver.couponsmithPool = { url, pool };
  return pool;
}

/** The process-wide driver for DATABASE_URL. */
export function driver(): Driver {
  const url = env().DATABASE_URL;
  const cached = globalDriver.couponsmithDriver;
  if (cached && cached.url === url) return cached.driver;
  const created =
    databaseProvider(url) === "postgres" ? postgresDriver(sharedPostgresPool(url)) : sqliteDriver(path.resolve(url.replace(/^file:/, "")));
  globalDriver.couponsmithDriver = { url, driver: created };
  return created;
}

/** SQL fragments where the dialects differ, for the driver's one-text-for-both statements. */
export const fragments = {
  /** A JSON parameter: jsonb on PostgreSQL, text on SQLite. */
  json: (dialect: Statements["dialect"]) => (dialect === "postgres" ? "CAST(? AS jsonb)" : "?"),
  /** A timestamp parameter (pass a Date): UTC on PostgreSQL's timestamp columns, Prisma's text on SQLite. */
  timestamp: (dialect: Statements["dialect"]) => (dialect === "postgres" ? "(CAST(? AS timestamptz) AT TIME ZONE 'UTC')" : "?"),
  /**
   * After a SELECT that picks rows to claim: PostgreSQL locks them and lets concurrent claimers skip
   * them; SQLite needs nothing (its single writer runs the claiming UPDATE alone).
   */
  skipLocked: (dialect: Statements["dialect"]) => (dialect === "postgres" ? " FOR UPDATE SKIP LOCKED" : ""),
};
