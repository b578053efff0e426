// The whole-path half of `npm run bench:import`, run in a child process of its own so that its peak RSS
// is the import's and nothing else's. Usage: node --import tsx bench/support/import-run.ts <DATABASE_URL> <csv>
// Prints one JSON object on stdout: { seconds, uploadSeconds, jobSeconds, peakMb, imported, rejected, rows }.
import { createReadStream, statSync } from "node:fs";

const [url, csvPath] = process.argv.slice(2);
if (!url || !csvPath) throw new Error("usage: import-run.ts <DATABASE_URL> <csv file>");
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below

const { freshDatabase } = await import("@/tests/support/fresh-database");
const { createTenant } = await import("@/lib/tenants/create-tenant");
const { createCodeImport } = await import("@/lib/codes/create-code-import");
const { runPendingImports } = await import("@/lib/codes/import-job");
const { disableBackgroundJobRunner } = await import("@/lib/jobs/runner");
const { closeBulkWriter } = await import("@/lib/codes/bulk-writer");
const { db } = await import("@/lib/db/client");
const { makeCoupon, TEST_BOUNDARY } = await import("@/tests/support/codes");

/** A multipart upload whose file part streams from disk in 64 KiB reads, as a network upload arrives. */
function uploadFromDisk(file: string): Request {
  const head = Buffer.from(
    `--${TEST_BOUNDARY}\r\nContent-Disposition: form-data; name="import"; filename="codes.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${TEST_BOUNDARY}--\r\n`);
  const size = head.length + statSync(file).size + tail.length;
  async function* pieces() {
    yield head;
    for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
    yield tail;
  }
  const iterator = pieces();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    },
  });
  return new Request("http://localhost/api/v1/coupons/x/codes/imports", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${TEST_BOUNDARY}`, "content-length": String(size) },
    body,
    duplex: "half",
  } as RequestInit);
}

disableBackgroundJobRunner();
await freshDatabase(url);
const { tenant, admin } = await createTenant(
  { name: "Bench", slug: "bench-import" },
  { email: "bench@bench.couponsmith.test", name: "Bench", password: "bench-password-123" },
);
const coupon = await makeCoupon(tenant.id);
const actor = { type: "user" as const, id: admin.id, name: admin.name, tenantId: tenant.id, role: "admin" as const };

const t0 = performance.now();
const queued = await createCodeImport(actor, coupon.id, uploadFromDisk(csvPath));
const t1 = performance.now();
const ran = await runPendingImports();
const t2 = performance.now();

const job = await db().codeImport.findUniqueOrThrow({ where: { id: queued.id } });
const rows = await db().couponCode.count({ where: { tenantId: tenant.id } });
if (ran !== 1 || job.status !== "completed" || rows !== job.importedCount || job.processedRows !== job.totalRows) {
  throw new Error(
    `the import did not complete cleanly: ${JSON.stringify({ ran, status: job.status, failureReason: job.failureReason, rows, job })}`,
  );
}
await closeBulkWriter();
await db().$disconnect();
const peakMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB on Linux
process.stdout.write(
  JSON.stringify({
    seconds: (t2 - t0) / 1000,
    uploadSeconds: (t1 - t0) / 1000,
    jobSeconds: (t2 - t1) / 1000,
    peakMb,
    imported: job.importedCount,
    rejected: job.rejectedCount,
    rows: job.totalRows,
  }) + "\n",
);
process.exit(0);
