// npm run bench:ab — this checkout's build against an earlier commit's, serving one database, for the
// effect of a change on the checkout routes. The full bench:checkout runs one build, and two such runs
// minutes apart on our shared machines differ by more than most changes do (the echo floor moved by a
// third between runs); here both builds serve the same seeded database and take turns under load, route
// by route, and each route's rate is read as its ratio to the same build's echo floor of the same rounds. Prints JSON lines {name, value, unit}:
//   ab.<side>.<route>_per_s            16 closed-loop clients, summed over the rounds (side: base | head)
//   ab.<side>.<route>_ratio_to_floor   that rate over the side's echo rate
//   ab.<route>.head_over_base          the head's ratio over the base's (above 1: the change helped)
// The base is built once in a worktree outside this checkout (BENCH_AB_DIR, default
// <tmp>/couponsmith-ab/<commit>), with this checkout's node_modules hard-linked in (npm ci where that fails).
// The database is seeded with this checkout's migrations, so compare commits that share their schema.
//
// Options: BENCH_AB_BASE (the commit to compare with; default HEAD~1), BENCH_AB_DB (postgres | sqlite),
// BENCH_AB_ROUTES (cart,redeem), BENCH_SECONDS (5 per route and round), BENCH_ROUNDS (4), BENCH_PORT (3231
// and +1), BENCH_POSTGRES_URL (…/couponsmith_bench_ab; dropped and recreated: never real data).
// Example: BENCH_AB_BASE=ce9533a npm run bench:ab
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { routes, seed } from "@/bench/support/checkout-seed";
import { closedLoop } from "@/bench/support/load";
import { printFigure, startServer } from "@/bench/support/server";
import { createDb } from "@/lib/db/client";
import { freshDatabase } from "@/tests/support/fresh-database";

const BASE = process.env.BENCH_AB_BASE ?? "HEAD~1";
const DB = process.env.BENCH_AB_DB ?? "postgres";
const ROUTES = (process.env.BENCH_AB_ROUTES ?? "cart,redeem").split(",") as ("cart" | "redeem" | "redeemBudget")[];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 3231);
const PG_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_ab";
// Absolute: both servers run from their own directories and must open the same file.
const SQLITE_URL = `file:${path.resolve("data/bench-ab.db")}`;
const SERVER_ENV = { BENCH_ECHO_ROUTE: "on" };

const log = (message: string) => process.stderr.write(`[bench:ab] ${message}\n`);
const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();

/** A worktree of `commit` with dependencies, generated clients and a build, made once and kept. */
function baseCheckout(commit: string): string {
  const dir = process.env.BENCH_AB_DIR ?? path.join(tmpdir(), "couponsmith-ab", commit.slice(0, 12));
  if (!existsSync(path.join(dir, "package.json"))) {
    mkdirSync(path.dirname(dir), { recursive: true });
    git("worktree", "add", "--detach", "--force", dir, commit);
  }
  if (!existsSync(path.join(dir, "node_modules"))) {
    // Turbopack resolves next from inside the project only, so node_modules cannot be a symlink.
    const linked = spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")]);
    if (linked.status !== 0 && spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" }).status !== 0)
      throw new Error(`could not install the dependencies of ${commit} in ${dir}`);
  }
  if (!existsSync(path.join(dir, "lib/generated"))) cpSync("lib/generated", path.join(dir, "lib/generated"), { recursive: true });
  return dir;
}

async function main() {
  const head = git("rev-parse", "HEAD");
  const base = git("rev-parse", BASE);
  if (head === base) throw new Error(`BENCH_AB_BASE (${BASE}) is this checkout's own commit`);
  if (git("status", "--porcelain", "--untracked-files=no") !== "")
    log("this checkout has uncommitted changes: 'head' is the working tree's build");
  const sides = [
    { name: "base", dir: baseCheckout(base), port: PORT },
    { name: "head", dir: ".", port: PORT + 1 },
  ] as const;
  log(`base ${base.slice(0, 12)} (${sides[0].dir}), head ${head.slice(0, 12)}, ${DB}, ${ROUNDS} rounds of ${SECONDS} s per route`);

  const url = DB === "sqlite" ? SQLITE_URL : PG_URL;
  await freshDatabase(url);
  const s = await seed(createDb(url));
  const r = routes(s);
  const measured = ["echo", ...ROUTES] as const;
  const totals = new Map<string, number>();
  // Both servers stay up, and only one is loaded at a time (an idle `next start` costs next to nothing):
  // each route is measured on one side right after the other, in alternating order, so a drift of the
  // machine's speed falls on both sides alike.
  const servers = [];
  try {
    for (const side of sides) servers.push({ side, server: await startServer(url, side.port, SERVER_ENV, side.dir) });
    for (const { server } of servers) {
      // A fresh `next start` compiles routes and fills caches on first use.
      for (const name of measured) await closedLoop([server.baseUrl], s.posToken, r[name], 8, { amount: 300 });
    }
    for (let round = 1; round <= ROUNDS; round++) {
      const rates: string[] = [];
      for (const name of measured) {
        for (const { side, server } of round % 2 === 1 ? servers : [...servers].reverse()) {
          const result = await closedLoop([server.baseUrl], s.posToken, r[name], 16, { seconds: SECONDS });
          if (result.failed > 0 || result.non2xx > 0)
            throw new Error(`${side.name} ${name}: ${result.failed} failed, ${result.non2xx} not 2xx`);
          totals.set(`${side.name}.${name}`, (totals.get(`${side.name}.${name}`) ?? 0) + result.perSecond);
          rates.push(`${side.name} ${name} ${result.perSecond.toFixed(0)}/s`);
        }
      }
      log(`round ${round}: ${rates.join(", ")}`);
    }
  } finally {
    for (const { server } of servers) await server.stop();
  }
  const ratio = (side: string, name: string) => totals.get(`${side}.${name}`)! / totals.get(`${side}.echo`)!;
  for (const side of sides) {
    for (const name of measured) printFigure(`ab.${side.name}.${name}_per_s`, totals.get(`${side.name}.${name}`)! / ROUNDS, "requests/s");
    for (const name of ROUTES) printFigure(`ab.${side.name}.${name}_ratio_to_floor`, ratio(side.name, name), "ratio");
  }
  for (const name of ROUTES) printFigure(`ab.${name}.head_over_base`, ratio("head", name) / ratio("base", name), "ratio");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
