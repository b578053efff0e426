// npm run bench:legacy — a legacy v0 coupon with max_redemptions 10 raced by 1,000 concurrent redemption
// attempts (POST /api/v1/coupons/redemptions, each a new order) over real HTTP against `next build` +
// `next start`, on SQLite and on PostgreSQL. The coupon is made through the v0 API itself (discount rule →
// definition → coupon). Prints JSON lines {name, value, unit}:
//   legacy.<db>.accepted          redemptions answered 200: must be 10
//   legacy.<db>.refused           answered 409 redemption_limit_reached
//   legacy.<db>.other_answers     anything else (must be 0)
//   legacy.<db>.over_redemptions  uses beyond max_redemptions, plus any mismatch between the code's counter
//                                 and the redemption rows: must be 0
//   legacy.<db>.attempts_per_s    the 1,000 attempts over the time they took, all in flight at once
// Options: BENCH_LEGACY_DBS (sqlite,postgres), BENCH_LEGACY_ATTEMPTS (1000), BENCH_PORT (3231),
//   BENCH_POSTGRES_URL (…/couponsmith_bench_legacy_main). Both databases are dropped and recreated, so
//   they must be named as a bench's own (data/bench-*, couponsmith_bench_*; tests/support/disposable-database.ts).
import { benchTenant } from "@/bench/support/bench-tenant";
import { printFigure, startServer } from "@/bench/support/server";
import { createDb } from "@/lib/db/client";
import { dropDatabase, freshDatabase } from "@/tests/support/fresh-database";

const DBS = (process.env.BENCH_LEGACY_DBS ?? "sqlite,postgres").split(",");
const ATTEMPTS = Number(process.env.BENCH_LEGACY_ATTEMPTS ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3231);
const LIMIT = 10;
const URLS = {
  sqlite: "file:./data/bench-legacy.db",
  postgres: process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_legacy_main",
} as const;

const log = (message: string) => process.stderr.write(`[bench:legacy] ${message}\n`);

async function call(baseUrl: string, token: string, method: string, path: string, body: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer as Record<string, unknown>;
}

async function runOn(label: keyof typeof URLS, port: number): Promise<void> {
  const url = URLS[label];
  await freshDatabase(url);
  const client = createDb(url);
  const { tenant, tokens } = await benchTenant(client, { marketer: "cs_mkt", pos: "cs_pos" });
  const server = await startServer(url, port);
  try {
    const v0 = (path: string, body: unknown) => call(server.baseUrl, tokens.marketer, "POST", `/api/v0/d/${path}`, body);
    const rule = await v0("discount_rules", { label: "five off", scope: "order", currency: "EUR", type: "fixed", amount: 5 });
    await v0("coupon_definitions", { label: "race", pattern: "RACE-[A-Z0-9]{8}", discount_rule_id: rule.id, max_redemptions: LIMIT });
    const coupon = await v0("coupons", { template_label: "race" });
    // One redemption, reverted at once, so the server's first-request work is not part of the race.
    await call(server.baseUrl, tokens.pos, "POST", "/api/v1/coupons/redemptions", { codes: [coupon.code], orderId: "warm-up" });
    await call(server.baseUrl, tokens.pos, "POST", "/api/v1/orders/warm-up/failed", {});

    log(`${label}: ${ATTEMPTS} concurrent redemptions of ${coupon.code} (max_redemptions ${LIMIT})`);
    // Node's fetch opens a connection per request in flight (no per-origin cap): all attempts race at once.
    const failures = new Map<string, number>();
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        try {
          const response = await fetch(`${server.baseUrl}/api/v1/coupons/redemptions`, {
            method: "POST",
            headers: { Authorization: `Bearer ${tokens.pos}`, "content-type": "application/json" },
            body: JSON.stringify({ codes: [coupon.code], orderId: `race-${i}` }),
          });
          const answer = (await response.json()) as { causes?: { code?: string }[] };
          return response.status === 409 && answer.causes?.[0]?.code !== "redemption_limit_reached" ? -409 : response.status;
        } catch (error) {
          failures.set(String((error as Error).cause ?? error), (failures.get(String((error as Error).cause ?? error)) ?? 0) + 1);
          return 0;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const byStatus = new Map<number, number>();
    for (const status of statuses) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    log(
      `${label}: answers by status ${JSON.stringify(Object.fromEntries(byStatus))}; failures ${JSON.stringify(Object.fromEntries(failures))}`,
    );
    const code = await client.couponCode.findUniqueOrThrow({ where: { id: String(coupon.id) } });
    const rows = await client.redemption.count({ where: { tenantId: tenant.id, code: String(coupon.code), status: "redeemed" } });
    const name = (figure: string) => `legacy.${label}.${figure}`;
    printFigure(name("accepted"), statuses.filter((s) => s === 200).length, "redemptions");
    printFigure(name("refused"), statuses.filter((s) => s === 409).length, "requests");
    printFigure(name("other_answers"), statuses.filter((s) => s !== 200 && s !== 409).length, "requests");
    printFigure(name("over_redemptions"), Math.max(0, code.redemptions - LIMIT) + Math.abs(rows - code.redemptions), "redemptions");
    printFigure(name("attempts_per_s"), ATTEMPTS / seconds, "requests/s");
  } finally {
    await server.stop();
    await client.$disconnect();
  }
}

try {
  let port = PORT;
  for (const label of ["sqlite", "postgres"] as const) if (DBS.includes(label)) await runOn(label, port++);
} finally {
  for (const label of ["sqlite", "postgres"] as const) if (DBS.includes(label)) await dropDatabase(URLS[label]);
}
process.exit(0);
