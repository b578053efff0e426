// Which databases the test and bench tooling may reset, and where it reads their URLs. The tooling drops
// and recreates what it is pointed at, so it only ever touches a database whose name says it is one:
// `couponsmith_test_*` / `couponsmith_bench_*` on PostgreSQL, `data/test-*` / `data/bench-*` SQLite files
// under the working directory. It reads TEST_DATABASE_URL and BENCH_DATABASE_URL, never DATABASE_URL (the
// README exports that one for real data); the app processes it starts get DATABASE_URL from them.
//
// No `@/` imports: vitest.config.ts and playwright.config.ts load this before any alias exists.
import path from "node:path";

export const INTEGRATION_DATABASE_URL = "file:./data/test-integration.db";
export const E2E_DATABASE_URL = "file:./data/test-e2e.db";

const POSTGRES_NAME = /^couponsmith_(test|bench)_[\w-]+$/;
const SQLITE_FILE = /^(test|bench)-[\w.-]+$/;

/** Why the tooling may not reset the database at `url`, or undefined when it may. */
export function whyNotDisposable(url: string): string | undefined {
  if (url.startsWith("file:")) {
    const file = path.resolve(url.slice("file:".length));
    const dataDir = path.resolve("data");
    if (path.dirname(file) !== dataDir || !SQLITE_FILE.test(path.basename(file))) {
      return `the SQLite file ${file} is not data/test-* or data/bench-* under ${process.cwd()}`;
    }
    return undefined;
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let name: string;
    try {
      name = decodeURIComponent(new URL(url).pathname.slice(1));
    } catch {
      return "the PostgreSQL URL cannot be parsed";
    }
    return POSTGRES_NAME.test(name)
      ? undefined
      : `the PostgreSQL database "${name}" is not named couponsmith_test_* or couponsmith_bench_*`;
  }
  return "it is neither a file: (SQLite) nor a postgresql:// URL";
}

/** Throws, before anything touches the database, unless the tooling may reset it. */
export function assertDisposable(url: string): void {
  const reason = whyNotDisposable(url);
  if (reason) {
    throw new Error(
      `Refusing to reset ${redacted(url)}: ${reason}. Test and bench tooling only resets its own databases; set TEST_DATABASE_URL or BENCH_DATABASE_URL to one.`,
    );
  }
}

function redacted(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

function fromVariable(variable: "TEST_DATABASE_URL" | "BENCH_DATABASE_URL", fallback: string): string {
  const url = process.env[variable] || fallback;
  assertDisposable(url);
  return url;
}

/** The database a test suite runs on: TEST_DATABASE_URL, else the suite's own default; checked. */
export function testDatabaseUrl(fallback: string): string {
  return fromVariable("TEST_DATABASE_URL", fallback);
}

/** The database a benchmark runs on: BENCH_DATABASE_URL, else the bench's own default; checked. */
export function benchDatabaseUrl(fallback: string): string {
  return fromVariable("BENCH_DATABASE_URL", fallback);
}
