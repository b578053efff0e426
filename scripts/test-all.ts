// The README's second command (npm test): installs what the suites need, then runs every layer:
// typecheck, lint and format, unit, integration on SQLite and PostgreSQL, and Playwright (browser + HTTP API)
// against a production build on both databases. REQUIRE_POSTGRES=1 (set by .ci/run) turns a missing
// PostgreSQL into a failure instead of a skip.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium, ensurePostgres } from "./test-prerequisites";

type Layer = { name: string; passed: number; failed: number; skipped: number; seconds: number };
const layers: Layer[] = [];
const started = Date.now();
const PG_BASE = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432";
const requirePostgres = process.env.REQUIRE_POSTGRES === "1";
mkdirSync("data/test-reports", { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(
    `\n$ ${[command, ...args].join(" ")}${
      Object.keys(env).length
        ? `  (${Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(" ")})`
        : ""
    }`,
  );
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function timed(name: string, fn: () => Omit<Layer, "name" | "seconds">): void {
  const t0 = Date.now();
  const counts = fn();
  layers.push({ name, ...counts, seconds: Math.round((Date.now() - t0) / 100) / 10 });
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): void {
  timed(name, () => (run(command, args, env) === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }));
}

function vitest(name: string, project: string, env: Record<string, string>): void {
  const report = `data/test-reports/${name.replace(/\W+/g, "-")}.json`;
  rmSync(report, { force: true });
  timed(name, () => {
    const status = run(
      "npx",
      ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      env,
    );
    if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
    const json = JSON.parse(readFileSync(report, "utf8"));
    const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
    return { passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests };
  });
}

function playwright(name: string, env: Record<string, string>): void {
  const report = `data/test-reports/${name.replace(/\W+/g, "-")}.json`;
  rmSync(report, { force: true });
  timed(name, () => {
    const status = run("npx", ["playwright", "test", "--reporter=list,json"], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
    if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
    const stats = JSON.parse(readFileSync(report, "utf8")).stats;
    const failed = stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
    return { passed: stats.expected + stats.flaky, failed, skipped: stats.skipped };
  });
}

ensureChromium();
const postgres = await ensurePostgres(PG_BASE);
if (!postgres && requirePostgres) {
  console.error(`REQUIRE_POSTGRES=1 but no PostgreSQL answers at ${PG_BASE}.`);
  process.exit(1);
}

step("typecheck", "npx", ["tsc", "--noEmit"]);
step("lint", "npx", ["eslint", "."]);
step("format", "npx", ["prettier", "--check", "."]);
vitest("unit", "unit", {});
// TEST_DATABASE_URL: the suites wipe the database they run on, so they never read DATABASE_URL.
vitest("integration (SQLite)", "integration", { TEST_DATABASE_URL: "file:./data/test-integration.db" });
if (postgres) vitest("integration (PostgreSQL)", "integration", { TEST_DATABASE_URL: `${PG_BASE}/couponsmith_test_integration` });
else console.log(`skipped: no PostgreSQL at ${PG_BASE} (integration suites on PostgreSQL)`);

step("next build", "npx", ["next", "build"]);
playwright("e2e + API over HTTP (SQLite)", { TEST_DATABASE_URL: "file:./data/test-e2e.db", E2E_PORT: "3100" });
if (postgres) playwright("e2e + API over HTTP (PostgreSQL)", { TEST_DATABASE_URL: `${PG_BASE}/couponsmith_test_e2e`, E2E_PORT: "3101" });
else console.log(`skipped: no PostgreSQL at ${PG_BASE} (Playwright suites on PostgreSQL)`);

const total = layers.reduce(
  (acc, l) => ({ passed: acc.passed + l.passed, failed: acc.failed + l.failed, skipped: acc.skipped + l.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log("\nSummary (checks count as one test each):");
for (const l of layers)
  console.log(
    `  ${l.name.padEnd(36)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed ${String(l.skipped).padStart(3)} skipped  ${l.seconds}s`,
  );
console.log(`  duration ${Math.round((Date.now() - started) / 1000)}s`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
