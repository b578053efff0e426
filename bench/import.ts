// npm run bench:import — a 1,000,000-code CSV through the whole import path, on SQLite and PostgreSQL,
// next to the fastest raw insert of the same rows into the same table on the same database. Prints:
//   import.sqlite.seconds, import.sqlite.raw_seconds, import.sqlite.peak_mb,
//   import.postgres.seconds, import.postgres.copy_seconds, import.postgres.peak_mb   (one JSON line each)
//
// What "whole path" means here, and why in-process rather than over HTTP: the timed part runs exactly what
// `POST /api/v1/coupons/{id}/codes/imports` runs, minus the route handler's token check and Next's request
// plumbing: createCodeImport reads a multipart body streamed from disk in 64 KiB pieces (multipart parsing,
// upload inspection, the file stored in the database piece by piece, the queued job), then the worker
// claims the job and runs runCsvImport (parsing, validation, dedupe in the file and against the database,
// batch writes with rejected rows, checkpoint and progress counters per batch, heartbeats) and finishes it
// (status, audit event, stored file deleted). Going through HTTP would add a `next build` and a server to
// the shared machine, would time the HTTP client and Next's request handling rather than the import, and
// would fold Next's own memory into peak_mb. The import runs in a child process of its own
// (bench/support/import-run.ts), so peak_mb is that process's peak RSS (getrusage maxRSS), from start-up
// to the end of the job, all included.
//
// seconds = upload + job (POST to "completed"); the split is logged on stderr. The raw baselines insert the
// same 1,000,000 valid rows (same columns, same id generator) into a freshly migrated CouponCode table with
// all its indexes, timed from the first row to the commit: better-sqlite3 with one prepared single-row
// INSERT in one transaction (with the import connection's pragmas), and PostgreSQL COPY FROM STDIN (text
// format) via pg-copy-streams, their rows prepared in memory beforehand, in the file's order. Not sorted:
// measured once, a fully sorted million (every index filled left to right) took 3.9 s on SQLite and 3.2 s
// with COPY, but an import that commits batch by batch cannot order the whole file first; it sorts each batch.
// The CSV also holds 1,000 bad rows (duplicates in the file, invalid, too long, empty) so the rejection
// path runs too; they are not part of the raw insert.
//
// Options: BENCH_IMPORT_CODES (1000000), BENCH_POSTGRES_URL (…/couponsmith_bench_import; it and
// <name>_raw are dropped and recreated: never point it at real data), BENCH_IMPORT_ONLY=sqlite|postgres.
// The CSV and SQLite files live under data/ (gitignored) and are deleted at the end.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import Database from "better-sqlite3";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { makeCodes } from "@/bench/support/codes";
import { printFigure } from "@/bench/support/server";
import { newCodeId } from "@/lib/codes/code-id";
import { sqliteFilePath } from "@/lib/db/client";
import { dropDatabase, freshDatabase } from "@/tests/support/fresh-database";

const TOTAL = Number(process.env.BENCH_IMPORT_CODES ?? 1_000_000);
const PG_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_import";
const ONLY = process.env.BENCH_IMPORT_ONLY;
const CSV = "data/bench-import-codes.csv";
const SQLITE_URL = "file:./data/bench-import.db";
const SQLITE_RAW_URL = "file:./data/bench-import-raw.db";
const PG_RAW_URL = PG_URL.replace(/\/([^/?]+)(\?|$)/, "/$1_raw$2");

const log = (message: string) => process.stderr.write(`[bench:import] ${message}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** The CSV: a header, the codes, and one bad row after every 1,000th code (four kinds in turn). */
function writeCsv(codes: string[]): number {
  const lines = ["code"];
  let bad = 0;
  codes.forEach((code, i) => {
    lines.push(code);
    if (i % 1000 === 999) {
      const kind = bad++ % 4;
      lines.push(kind === 0 ? codes[(i * 7919) % (i + 1)] : kind === 1 ? "BAD CODE" : kind === 2 ? "X".repeat(65) : ",no code");
    }
  });
  writeFileSync(CSV, lines.join("\r\n") + "\r\n");
  return bad;
}

type ChildResult = {
  seconds: number;
  uploadSeconds: number;
  jobSeconds: number;
  peakMb: number;
  imported: number;
  rejected: number;
  rows: number;
};

function runImport(url: string, expected: { imported: number; rejected: number }): ChildResult {
  const child = spawnSync(process.execPath, ["--import", "tsx", "bench/support/import-run.ts", url, CSV], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`the import child failed (${child.status})`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as ChildResult;
  if (result.imported !== expected.imported || result.rejected !== expected.rejected)
    throw new Error(`unexpected counts ${JSON.stringify(result)} (expected ${JSON.stringify(expected)})`);
  return result;
}

async function rawSqlite(codes: string[], ids: string[]): Promise<number> {
  await freshDatabase(SQLITE_RAW_URL);
  const conn = new Database(sqliteFilePath(SQLITE_RAW_URL));
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = NORMAL");
  conn.pragma("cache_size = -32768"); // the import connection's pragmas (bulk-writer-sqlite.ts)
  const insert = conn.prepare(
    `INSERT INTO "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt") VALUES (?, ?, ?, ?, 1, 0, NULL, ?, ?)`,
  );
  const [tenantId, offerId, importId] = [randomUUID(), randomUUID(), randomUUID()];
  const now = new Date().toISOString().replace("Z", "+00:00");
  const t0 = performance.now();
  conn.transaction(() => {
    for (let i = 0; i < codes.length; i++) insert.run(ids[i], tenantId, offerId, codes[i], importId, now);
  })();
  const seconds = (performance.now() - t0) / 1000;
  conn.close();
  return seconds;
}

async function rawPostgresCopy(codes: string[], ids: string[]): Promise<number> {
  await freshDatabase(PG_RAW_URL);
  const [tenantId, offerId, importId] = [randomUUID(), randomUUID(), randomUUID()];
  const now = new Date().toISOString();
  // Prepared in memory first, so the timing is COPY's alone.
  const pieces: Buffer[] = [];
  for (let from = 0; from < codes.length; from += 10_000) {
    let text = "";
    for (let i = from; i < Math.min(codes.length, from + 10_000); i++)
      text += `${ids[i]}\t${tenantId}\t${offerId}\t${codes[i]}\tt\t0\t\\N\t${importId}\t${now}\n`;
    pieces.push(Buffer.from(text));
  }
  const client = new pg.Client({ connectionString: PG_RAW_URL });
  await client.connect();
  try {
    const t0 = performance.now();
    await client.query("BEGIN");
    const stream = client.query(
      copyFrom(
        `COPY "CouponCode" ("id", "tenantId", "offerId", "code", "active", "redemptions", "maxRedemptions", "importId", "createdAt") FROM STDIN`,
      ),
    );
    for (const piece of pieces) if (!stream.write(piece)) await once(stream, "drain");
    stream.end();
    await once(stream, "finish");
    await client.query("COMMIT");
    const seconds = (performance.now() - t0) / 1000;
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CouponCode"`);
    if (Number(rows[0].n) !== codes.length) throw new Error(`COPY wrote ${rows[0].n} rows`);
    return seconds;
  } finally {
    await client.end();
  }
}

const codes = makeCodes(TOTAL);
const bad = writeCsv(codes);
const ids = codes.map(() => newCodeId());
const expected = { imported: TOTAL, rejected: bad };
log(`${TOTAL} codes + ${bad} bad rows in ${CSV}; load average ${load()}`);
// Per database: the raw baseline, then the whole path, each on a fresh database dropped once measured.
const DATABASES = [
  { label: "sqlite", url: SQLITE_URL, rawUrl: SQLITE_RAW_URL, rawName: "raw_seconds", raw: () => rawSqlite(codes, ids) },
  { label: "postgres", url: PG_URL, rawUrl: PG_RAW_URL, rawName: "copy_seconds", raw: () => rawPostgresCopy(codes, ids) },
] as const;
try {
  for (const database of DATABASES) {
    if (ONLY && ONLY !== database.label) continue;
    const raw = await database.raw();
    await dropDatabase(database.rawUrl);
    log(`${database.label} ${database.rawName} ${raw.toFixed(2)} s; load ${load()}`);
    const run = runImport(database.url, expected);
    await dropDatabase(database.url);
    log(
      `${database.label} import ${run.seconds.toFixed(2)} s (upload ${run.uploadSeconds.toFixed(2)} s, job ${run.jobSeconds.toFixed(2)} s), peak ${run.peakMb.toFixed(0)} MB; load ${load()}`,
    );
    printFigure(`import.${database.label}.seconds`, run.seconds, "s");
    printFigure(`import.${database.label}.${database.rawName}`, raw, "s");
    printFigure(`import.${database.label}.peak_mb`, run.peakMb, "MB");
  }
} finally {
  rmSync(CSV, { force: true });
}
process.exit(0);
