// bench:checkout's import phase: carts priced while a large code CSV is uploaded and imported, to show
// what the import job costs checkout.
import { readFileSync, writeFileSync } from "node:fs";
import { routes, type Seeded } from "@/bench/support/checkout-seed";
import { makeCodes } from "@/bench/support/codes";
import { openLoop } from "@/bench/support/load";
import { USAGE_CURSOR } from "@/lib/analytics/roll-up-usage";
import type { Db } from "@/lib/db/client";

/** A multipart body with a CSV of `codes` codes (written to `csvPath` on the way: the caller removes it). */
export function writeImportCsv(csvPath: string, codes: number): Buffer {
  const boundary = "----couponsmith-bench-checkout";
  const csv = "code\r\n" + makeCodes(codes).join("\r\n") + "\r\n";
  writeFileSync(csvPath, csv);
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="import"; filename="codes.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    readFileSync(csvPath),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Carts at `cartRate`/s from the upload of the CSV until the import job has completed with all `codes`. */
export async function cartsDuringImport(
  baseUrl: string,
  s: Seeded,
  upload: Buffer,
  { codes, cartRate }: { codes: number; cartRate: number },
) {
  let done = false;
  const started = performance.now();
  const carts = openLoop(baseUrl, s.posToken, routes(s).cart, cartRate, () => done);
  const response = await fetch(`${baseUrl}/api/v1/coupons/${s.importCouponId}/codes/imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${s.adminToken}`, "content-type": "multipart/form-data; boundary=----couponsmith-bench-checkout" },
    body: new Uint8Array(upload),
  });
  const queued = (await response.json()) as { codesImport?: { id: string } };
  if (response.status !== 202 || !queued.codesImport)
    throw new Error(`the import upload answered ${response.status}: ${JSON.stringify(queued)}`);
  let status = "queued";
  let job: Record<string, unknown> = {};
  while (status === "queued" || status === "processing") {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const answer = await fetch(`${baseUrl}/api/v1/coupons/${s.importCouponId}/codes/imports/${queued.codesImport.id}`, {
      headers: { authorization: `Bearer ${s.adminToken}` },
    });
    const body = (await answer.json()) as { codesImport?: Record<string, unknown> };
    job = body.codesImport ?? body;
    status = String(job.status);
  }
  done = true;
  const result = await carts;
  if (status !== "completed" || job.importedCount !== codes) throw new Error(`the import ended ${status}: ${JSON.stringify(job)}`);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/**
 * Waits (at most `limitSeconds`) until the server's background jobs have caught up with the phases before:
 * the usage rollup past the last ledger row, and every outbox event dispatched. The closed loops leave tens
 * of thousands of redemptions behind them, and a rollup catching up on those while the import runs is a
 * second load on the database that the import figure is not about. Answers the seconds waited, and
 * whether the work was drained.
 */
export async function drainBackgroundWork(client: Db, limitSeconds = 180): Promise<{ seconds: number; drained: boolean }> {
  const started = performance.now();
  for (;;) {
    const [cursor, last, undispatched] = await Promise.all([
      client.analyticsCursor.findUnique({ where: { name: USAGE_CURSOR } }),
      client.redemption.aggregate({ _max: { createdAt: true } }),
      client.outboxEvent.count({ where: { dispatchedAt: null } }),
    ]);
    const lastUse = last._max.createdAt?.getTime() ?? 0;
    const drained = undispatched === 0 && (lastUse === 0 || (cursor !== null && cursor.readUntil.getTime() > lastUse));
    const seconds = (performance.now() - started) / 1000;
    if (drained || seconds >= limitSeconds) return { seconds, drained };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
