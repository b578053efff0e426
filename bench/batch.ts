// npm run bench:batch — batch what-if simulation (contract §8), end to end. Prints JSON lines:
//   batch.seconds.carts_50000   a 50,000-cart file (JSON lines, so carts keep their categories and brand
//       attributes: ~5 lines and 2 codes each, `at` fixed) against bench/engine-core.ts's offers_1000
//       workload (1,000 automatic promotions, 50 coupons, 20,000 products) plus one promotion draft: from
//       the upload streaming in (createBatchRun, the same call as POST /api/v1/batch-runs) through the job
//       parsing, pricing every cart twice (live, live + draft) and committing every per-cart row, to the
//       run marked succeeded. Target ≤ 10 s on SQLite.
//   batch.carts_per_s           50,000 / that time. Target ≥ 10,000.
//   batch.peak_mb               the process's peak RSS over the run (maxRSS, which includes the seeding).
//       Target ≤ 500.
//   batch.cpu_seconds.carts_50000   the CPU time (user + system) of the same span: on a shared machine the
//       wall-clock figure is this plus the time spent waiting for a core.
// The conflict analyzer's figure (conflicts.seconds.offers_1000) is another bench's: bench/conflicts.ts.
// SQLite by default (data/bench-batch.db); BENCH_DATABASE_URL=postgresql://…/couponsmith_bench_<name> for
// PostgreSQL. The database is dropped and recreated, so it must be named as a bench's own.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { once } from "node:events";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { buildScenario, WORKLOADS } from "@/bench/support/engine-scenario";
import { seedScenario } from "@/bench/support/seed-scenario";
import { printFigure } from "@/bench/support/server";
import { prepareOffers, priceCart } from "@/lib/pricing";
import { benchDatabaseUrl } from "@/tests/support/disposable-database";

const url = benchDatabaseUrl("file:./data/bench-batch.db");
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below
const CARTS = Number(process.env.BENCH_CARTS ?? 50_000);
const FILE = "data/bench-batch-carts.jsonl";

const { db } = await import("@/lib/db/client");
const { freshDatabase } = await import("@/tests/support/fresh-database");
const { disableBackgroundJobRunner, runPendingJobs } = await import("@/lib/jobs/runner");
const { registerJobHandlers } = await import("@/lib/jobs/registry");
const { batchJobHandler, BATCH_JOB_KIND } = await import("@/lib/batch/batch-job");
const { createBatchRun } = await import("@/lib/batch/create-batch-run");
const { getBatchRun } = await import("@/lib/batch/get-batch-run");

const log = (message: string) => process.stderr.write(`[bench:batch] ${message}\n`);

await freshDatabase(url);
disableBackgroundJobRunner();
registerJobHandlers([batchJobHandler]);
const workload = buildScenario(WORKLOADS.offers_1000);
const tenant = await db().tenant.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: "Europe/Berlin" } });
await seedScenario(db(), tenant.id, workload);
// The draft: the automatic promotion that applies to most of the workload's carts, switched off, so the
// draft side really differs (picked by pricing the 256 carts with the engine alone).
const prepared = prepareOffers(workload.offers);
const applied = new Map<string, number>();
for (const cart of workload.carts)
  for (const entry of priceCart(prepared, cart, workload.context).trace)
    if (entry.source === "automatic" && entry.status === "applied") applied.set(entry.id, (applied.get(entry.id) ?? 0) + 1);
const topId = [...applied.entries()].sort((a, b) => b[1] - a[1])[0][0];
const promotion = workload.offers.find((offer) => offer.id === topId)!;
await db().offerVersion.create({
  data: {
    tenantId: tenant.id,
    kind: "promotion",
    offerId: promotion.id,
    number: 1,
    snapshot: { ...promotion, active: !promotion.active },
    status: "draft",
    etag: randomUUID(),
    createdBy: "bench",
  },
});
log(`seeded ${workload.offers.length} offers and a draft`);

// The file: 50,000 carts cut from the workload's 256 (5 consecutive lines each, quantities varied).
const out = createWriteStream(FILE);
for (let i = 0; i < CARTS; i++) {
  const cart = workload.carts[i % workload.carts.length];
  const from = (i * 3) % 16;
  const line = JSON.stringify({
    cartId: `cart-${i}`,
    ...cart,
    at: workload.context.now,
    couponCodes: cart.couponCodes!.slice(0, 2),
    items: cart.items.slice(from, from + 5).map((item, n) => ({ ...item, quantity: 1 + ((i + n) % 4) })),
  });
  if (!out.write(`${line}\n`)) await once(out, "drain");
}
out.end();
await once(out, "finish");
const bytes = statSync(FILE).size;
log(`wrote ${CARTS} carts, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);

const boundary = "----bench-batch-boundary";
async function* body(): AsyncGenerator<Uint8Array> {
  yield Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="drafts"\r\n\r\n${JSON.stringify([{ kind: "promotion", id: promotion.id }])}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="import"; filename="carts.jsonl"\r\nContent-Type: application/x-ndjson\r\n\r\n`,
  );
  for await (const chunk of createReadStream(FILE, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
  yield Buffer.from(`\r\n--${boundary}--\r\n`);
}
const request = new Request("http://localhost/api/v1/batch-runs", {
  method: "POST",
  headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  body: Readable.toWeb(Readable.from(body())) as ReadableStream<Uint8Array>,
  duplex: "half",
} as RequestInit);
const actor = { type: "token" as const, id: "bench", name: "Bench", tenantId: tenant.id, role: "admin" as const };

const started = performance.now();
const cpu = process.cpuUsage();
const run = await createBatchRun(actor, request);
const uploaded = performance.now();
await runPendingJobs({ kinds: [BATCH_JOB_KIND] });
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpu));
const { batchRun } = await getBatchRun(tenant.id, run.id);
if (batchRun.status !== "succeeded" || batchRun.pricedCarts !== CARTS)
  throw new Error(`run ended ${batchRun.status} with ${batchRun.pricedCarts} carts: ${batchRun.failure}`);
log(
  `upload ${((uploaded - started) / 1000).toFixed(2)} s; CPU of the run ${cpuSeconds.toFixed(2)} s (the rest is waiting for a core: load average ${loadavg()[0].toFixed(1)}); ` +
    `${batchRun.errorRows} rows did not parse; ${batchRun.summary?.changedCarts} carts changed; ` +
    `discount live ${batchRun.summary?.currencies[0]?.liveDiscount} vs draft ${batchRun.summary?.currencies[0]?.draftDiscount} USD`,
);
printFigure(`batch.seconds.carts_${CARTS}`, seconds, "s");
printFigure("batch.carts_per_s", CARTS / seconds, "carts/s");
printFigure("batch.peak_mb", process.resourceUsage().maxRSS / 1024, "MB");
// Not a target: the CPU the run used, to read the wall-clock figures against a loaded machine.
printFigure(`batch.cpu_seconds.carts_${CARTS}`, cpuSeconds, "s");
await db().$disconnect();
process.exit(0);
