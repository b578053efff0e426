// The test and bench tooling resets only databases named as its own, reads TEST_DATABASE_URL /
// BENCH_DATABASE_URL and never DATABASE_URL, and refuses anything else before it touches the database.
import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import setupIntegrationDatabase from "@/tests/integration/global-setup";
import { benchDatabaseUrl, testDatabaseUrl, whyNotDisposable } from "@/tests/support/disposable-database";
import { dropDatabase, freshDatabase } from "@/tests/support/fresh-database";
import { recreatePostgresDatabase } from "@/tests/support/postgres";

const execFileAsync = promisify(execFile);

/** A SQLite file under data/ that is not a test database, holding one row we mean to keep. */
function keptSqliteFile(): { url: string; file: string; rows: () => number } {
  mkdirSync("data", { recursive: true });
  const file = `data/keep-${randomUUID().slice(0, 8)}.db`;
  const sqlite = new Database(file);
  sqlite.exec("CREATE TABLE kept (id INTEGER); INSERT INTO kept VALUES (1);");
  sqlite.close();
  const rows = () => {
    const reader = new Database(file, { readonly: true });
    try {
      return (reader.prepare("SELECT COUNT(*) AS n FROM kept").get() as { n: number }).n;
    } finally {
      reader.close();
    }
  };
  return { url: `file:./${file}`, file, rows };
}

const saved = {
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
  BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL,
  DATABASE_URL: process.env.DATABASE_URL,
};
const kept: string[] = [];
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  for (const file of kept.splice(0)) rmSync(file, { force: true });
});

describe("which databases the tooling may reset", () => {
  it.each([
    "postgresql://postgres@127.0.0.1:5432/couponsmith_test_integration",
    "postgresql://postgres@127.0.0.1:5432/couponsmith_test_guessing_e2e",
    "postgres://u:p@db.internal/couponsmith_bench_lists",
    "file:./data/test-integration.db",
    "file:data/bench-import-raw.db",
  ])("accepts %s", (url) => {
    expect(whyNotDisposable(url)).toBeUndefined();
  });

  it.each([
    ["postgresql://postgres@127.0.0.1:5432/couponsmith", /"couponsmith" is not named couponsmith_test_\*/],
    ["postgresql://postgres@127.0.0.1:5432/postgres", /"postgres" is not named/],
    ["postgresql://postgres@127.0.0.1:5432/couponsmith_test_", /not named/],
    ["postgresql://postgres@127.0.0.1:5432/prod_couponsmith_test_x", /not named/],
    ["file:./data/couponsmith.db", /not data\/test-\* or data\/bench-\*/],
    ["file:./data/../data/couponsmith.db", /not data\/test-\*/],
    ["file:./data/sub/test-x.db", /not data\/test-\*/],
    ["file:/var/lib/couponsmith/test-x.db", /not data\/test-\*/],
    ["mysql://localhost/couponsmith_test_x", /neither a file:/],
  ])("refuses %s, saying why", (url, reason) => {
    expect(whyNotDisposable(url)).toMatch(reason);
  });
});

describe("the tooling refuses before a single statement runs", () => {
  it("leaves a SQLite file that is not a test database as it was", async () => {
    const target = keptSqliteFile();
    kept.push(target.file);
    await expect(freshDatabase(target.url)).rejects.toThrow(
      /Refusing to reset file:\.\/data\/keep-.*not data\/test-\* or data\/bench-\*.*TEST_DATABASE_URL/,
    );
    await expect(dropDatabase(target.url)).rejects.toThrow(/Refusing to reset/);
    expect(target.rows()).toBe(1);
  });

  it("never connects to a PostgreSQL database that is not a test database", async () => {
    // Port 1 has no server: had the tooling tried to connect, the error would be ECONNREFUSED instead.
    await expect(freshDatabase("postgresql://postgres@127.0.0.1:1/couponsmith")).rejects.toThrow(
      /Refusing to reset postgresql:\/\/postgres@127\.0\.0\.1:1\/couponsmith: the PostgreSQL database "couponsmith" is not named/,
    );
    await expect(recreatePostgresDatabase("postgresql://admin:secret@127.0.0.1:1/shop")).rejects.toThrow(
      /Refusing to reset postgresql:\/\/admin:\*\*\*@127\.0\.0\.1:1\/shop/,
    );
  });

  it("the integration setup reads TEST_DATABASE_URL and refuses a database that is not a test one", async () => {
    const target = keptSqliteFile();
    kept.push(target.file);
    process.env.TEST_DATABASE_URL = target.url;
    await expect(setupIntegrationDatabase()).rejects.toThrow(/Refusing to reset/);
    expect(target.rows()).toBe(1);
  });

  it("the e2e server refuses too, and exits before it starts anything", async () => {
    const target = keptSqliteFile();
    kept.push(target.file);
    const run = await execFileAsync("npx", ["tsx", "scripts/e2e-server.ts"], {
      env: { ...process.env, TEST_DATABASE_URL: target.url, E2E_PORT: "1" },
      timeout: 60_000,
    }).then(
      () => ({ failed: false, stderr: "" }),
      (error: { stderr?: string }) => ({ failed: true, stderr: String(error.stderr ?? "") }),
    );
    expect(run.failed).toBe(true);
    expect(run.stderr).toMatch(/Refusing to reset file:\.\/data\/keep-/);
    expect(target.rows()).toBe(1);
  }, 90_000); // a tsx start-up on a loaded machine
});

describe("where the tooling reads its URL", () => {
  it("takes TEST_DATABASE_URL / BENCH_DATABASE_URL, else the suite's default, and ignores DATABASE_URL", () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/couponsmith";
    delete process.env.TEST_DATABASE_URL;
    delete process.env.BENCH_DATABASE_URL;
    expect(testDatabaseUrl("file:./data/test-integration.db")).toBe("file:./data/test-integration.db");
    expect(benchDatabaseUrl("file:./data/bench-lists.db")).toBe("file:./data/bench-lists.db");
    process.env.TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/couponsmith_test_mine";
    expect(testDatabaseUrl("file:./data/test-integration.db")).toBe("postgresql://postgres@127.0.0.1:5432/couponsmith_test_mine");
    process.env.BENCH_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/couponsmith";
    expect(() => benchDatabaseUrl("file:./data/bench-lists.db")).toThrow(/Refusing to reset .*BENCH_DATABASE_URL/);
  });
});
