// npm run bench:scenarios — the scenario suite (contract §8) and scheduled publishing. Prints JSON lines:
//   scenarios.suite_seconds.scenarios_1000_offers_1000   the suite as it runs after an offer is saved or
//       published: 1,000 scenarios against 1,000 offers (950 automatic promotions, 50 coupons with 5 codes
//       each; bench/engine-core.ts's offers_1000 catalog: 20-line carts, 5 codes each), the offer cache just
//       invalidated (so the 950 promotions are read and prepared again), every cart priced, compared with its
//       expectation and the outcomes stored. Median of BENCH_RUNS (5). Target ≤ 1 s.
//   scenarios.suite_seconds.warm_cache                  the same with the offer cache already loaded.
//   scenarios.impact_seconds.scenarios_1000_offers_1000 live plus a promotion draft (what a saved draft
//       costs: both offer sets, both results per cart, the live outcomes stored).
//   scenarios.publish_lateness_ms.{same_instance,other_instance}_{p50,max}   from a version's publishAt to
//       the commit of its publish (its audit event), BENCH_PUBLISHES (10) versions 400 ms apart; "same
//       instance": the process that scheduled them runs them (its runner is woken at each instant);
//       "other instance": only another process's runner, woken by its look-ahead watcher (versions scheduled
//       12 s ahead; one scheduled less than ~10 s ahead on another instance waits for its 1 s poll).
// SQLite by default (data/bench-scenarios.db); BENCH_DATABASE_URL=postgresql://…/couponsmith_bench_<name> for
// PostgreSQL. The database is dropped and recreated, so it must be named as a bench's own.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildScenario, WORKLOADS } from "@/bench/support/engine-scenario";
import { seedScenario } from "@/bench/support/seed-scenario";
import { printFigure } from "@/bench/support/server";
import { benchDatabaseUrl } from "@/tests/support/disposable-database";

const url = benchDatabaseUrl("file:./data/bench-scenarios.db");
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCENARIOS = 1000;
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 10);

const { db } = await import("@/lib/db/client");
const { freshDatabase } = await import("@/tests/support/fresh-database");
const { priceRequests, priceSuite, recordLiveOutcomes, runDraftImpact } = await import("@/lib/scenarios/run-suite");
const { insertScenarioRow } = await import("@/lib/scenarios/queries");
const { disableBackgroundJobRunner } = await import("@/lib/jobs/runner");
const { scheduleBenchPublishes } = await import("@/bench/support/schedule-publishes");

const log = (message: string) => process.stderr.write(`[bench:scenarios] ${message}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

await freshDatabase(url);
const workload = buildScenario({ ...WORKLOADS.offers_1000, automaticOffers: 950 });
const tenant = await db().tenant.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: "Europe/Berlin" } });

await seedScenario(db(), tenant.id, workload);
log(`seeded ${workload.offers.length} offers`);

// 1,000 scenarios: the workload's carts, each pinned with the result the live offers give it.
const requests = Array.from({ length: SCENARIOS }, (_, i) => {
  const cart = workload.carts[i % workload.carts.length];
  return { ...cart, items: cart.items.map((item, line) => (line === 0 ? { ...item, quantity: 1 + (i % 4) } : item)) };
});
const pinned = await priceRequests(tenant.id, requests, [], new Date());
for (let i = 0; i < SCENARIOS; i++)
  await insertScenarioRow(
    db(),
    tenant.id,
    { name: `Scenario ${i}`, request: requests[i], expected: pinned.live[i], pinnedBy: "bench" },
    "bench",
  );
log(
  `seeded ${SCENARIOS} scenarios; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on this machine's cores`,
);

const bumpRevision = () => db().tenant.update({ where: { id: tenant.id }, data: { offersRevision: { increment: 1 } } });
async function timed(work: () => Promise<unknown>, cold: boolean): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    if (cold) await bumpRevision();
    const started = performance.now();
    await work();
    times.push((performance.now() - started) / 1000);
  }
  return median(times);
}
const suite = async () => recordLiveOutcomes(tenant.id, await priceSuite(tenant.id));
await suite(); // warm-up: JIT, statement caches
printFigure("scenarios.suite_seconds.scenarios_1000_offers_1000", await timed(suite, true), "s");
printFigure("scenarios.suite_seconds.warm_cache", await timed(suite, false), "s");
const promotion = workload.offers.find((offer) => offer.source === "automatic")!;
const row = await db().offer.findUniqueOrThrow({ where: { id: promotion.id } });
const draft = { kind: "promotion" as const, offerId: promotion.id, number: null, snapshot: { ...promotion, active: !row.active } };
printFigure("scenarios.impact_seconds.scenarios_1000_offers_1000", await timed(() => runDraftImpact(tenant.id, [draft]), true), "s");
const failed = await db().scenario.count({ where: { tenantId: tenant.id, lastStatus: "failed" } });
log(`outcomes stored; ${failed} of ${SCENARIOS} failed (pinned by this run, so 0 expected)`);

// Scheduled publishing, on tenants of their own so the suite after each publish stays small.
async function measure(label: string, tenantId: string, scheduled: { id: string; at: number }[]): Promise<void> {
  const deadline = Math.max(...scheduled.map((s) => s.at)) + 10_000;
  const late: number[] = [];
  while (Date.now() < deadline && late.length < scheduled.length) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const events = await db().auditEvent.findMany({
      where: { tenantId, action: "publish", objectId: { in: scheduled.map((s) => s.id) } },
      select: { objectId: true, createdAt: true },
    });
    late.length = 0;
    for (const event of events) late.push(event.createdAt.getTime() - scheduled.find((s) => s.id === event.objectId)!.at);
  }
  if (late.length < scheduled.length) log(`${label}: only ${late.length} of ${scheduled.length} published within 10 s`);
  printFigure(`scenarios.publish_lateness_ms.${label}_p50`, median(late), "ms");
  printFigure(`scenarios.publish_lateness_ms.${label}_max`, Math.max(...late), "ms");
}

const newTenant = async () =>
  (await db().tenant.create({ data: { name: "Bench publish", slug: `bench-p-${randomUUID().slice(0, 8)}`, timeZone: "UTC" } })).id;
const child = (env: Record<string, string>) =>
  spawn("npx", ["tsx", "bench/support/job-runner-child.ts"], {
    env: { ...process.env, DATABASE_URL: url, ...env },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true, // its own process group, so stopping it stops tsx's node too
  });
const stop = (process: ReturnType<typeof child>) => process.pid && globalThis.process.kill(-process.pid, "SIGTERM");

// Other instance: this process schedules (its own runner disabled), another process's runner publishes.
disableBackgroundJobRunner();
const runner = child({ MODE: "runner" });
await new Promise((resolve) => setTimeout(resolve, 5000)); // let it start
const otherTenant = await newTenant();
// 12 s ahead: past the other instance's next look-ahead (every 10 s), as a publish scheduled minutes ahead is.
await measure("other_instance", otherTenant, await scheduleBenchPublishes(otherTenant, PUBLISHES, 12_000));
stop(runner);

// Same instance: one process schedules and runs the jobs (its runner woken at each instant).
const sameTenant = await newTenant();
const scheduler = child({ MODE: "schedule", BENCH_TENANT: sameTenant, BENCH_PUBLISHES: String(PUBLISHES) });
const line = await new Promise<string>((resolve) => {
  let out = "";
  scheduler.stdout!.on("data", (chunk) => {
    out += chunk;
    const found = out.split("\n").find((l) => l.startsWith('{"scheduled"'));
    if (found) resolve(found);
  });
});
await measure("same_instance", sameTenant, JSON.parse(line).scheduled);
stop(scheduler);
await db().$disconnect();
process.exit(0);
