// Kill test (contract §3): a worker process killed with SIGKILL in the middle of a file (after ten committed
// batches) leaves no code half-written; once another worker runs, every valid code exists exactly once and
// the counts are exact.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeBulkWriter } from "@/lib/codes/bulk-writer";
import { createCodeImport } from "@/lib/codes/create-code-import";
import { IMPORT_JOB_KIND, STALE_AFTER_MS } from "@/lib/codes/import-jobs";
import { db } from "@/lib/db/client";
import { disableBackgroundJobRunner } from "@/lib/jobs/runner";
import { makeCoupon, uploadRequest } from "@/tests/support/codes";
import { makeTenant } from "@/tests/factories/tenant";

const ROWS = 100_000;
const BATCH_SIZE = 1_000;

beforeAll(() => disableBackgroundJobRunner());
afterAll(closeBulkWriter);

/** The file: unique codes, with an invalid row every 1,000 rows and a repeat of an earlier code every 997. */
function buildFile(): { csv: string; valid: Set<string>; invalid: number; duplicates: number } {
  const lines = ["code"];
  const valid = new Set<string>();
  let invalid = 0;
  let duplicates = 0;
  for (let i = 0; i < ROWS; i++) {
    if (i % 1000 === 999) {
      lines.push(`BAD CODE ${i}`);
      invalid++;
    } else if (i % 997 === 996) {
      lines.push(`KILL-${i - 500}`);
      duplicates++;
    } else {
      lines.push(`KILL-${i}`);
      valid.add(`KILL-${i}`);
    }
  }
  return { csv: lines.join("\r\n"), valid, invalid, duplicates };
}

function startWorker(): ChildProcess {
  // Own process group, so SIGKILL reaches the real worker and not just the npx wrapper.
  return spawn("npx", ["tsx", "tests/support/import-worker-child.ts"], {
    env: { ...process.env, BATCH_SIZE: String(BATCH_SIZE) },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

it("resumes after SIGKILL mid-file with no duplicate and no lost code", async () => {
  const tenant = await makeTenant();
  const coupon = await makeCoupon(tenant.tenantId);
  const { csv, valid, invalid, duplicates } = buildFile();
  const t0 = Date.now();
  const job = await createCodeImport(tenant.actors.marketer, coupon.id, uploadRequest(csv));
  expect(job.totalRows).toBe(ROWS);

  const first = startWorker();
  let stderr = "";
  first.stderr?.on("data", (d) => (stderr += String(d)));
  const firstExit = exited(first);
  let processedAtKill = 0;
  for (;;) {
    const row = await db().codeImport.findUniqueOrThrow({ where: { id: job.id } });
    if (row.processedRows >= 10 * BATCH_SIZE) {
      process.kill(-first.pid!, "SIGKILL");
      processedAtKill = row.processedRows;
      break;
    }
    if (row.status !== "queued" && row.status !== "processing") throw new Error(`job ended before the kill: ${row.status} ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await firstExit;

  const killed = await db().codeImport.findUniqueOrThrow({ where: { id: job.id } });
  expect(killed.status).toBe("processing");
  expect(killed.processedRows).toBeGreaterThanOrEqual(processedAtKill);
  expect(killed.processedRows).toBeLessThan(ROWS);
  // What was committed is consistent: the checkpoint moved with the codes and the rejected rows.
  const committedCodes = await db().couponCode.count({ where: { offerId: coupon.id } });
  const committedErrors = await db().codeImportError.count({ where: { importId: job.id } });
  expect(committedCodes).toBe(killed.importedCount);
  expect(committedErrors).toBe(killed.rejectedCount);
  expect(killed.importedCount + killed.rejectedCount).toBe(killed.processedRows);

  // The dead worker's heartbeat goes stale; a new worker process takes the job over from the checkpoint.
  await db().job.update({
    where: { kind_dedupKey: { kind: IMPORT_JOB_KIND, dedupKey: job.id } },
    data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1000) },
  });
  const second = startWorker();
  second.stderr?.on("data", (d) => (stderr += String(d)));
  expect(await exited(second), stderr).toBe(0);
  console.log(`kill test: killed after ${processedAtKill} rows, done in ${Date.now() - t0} ms`);

  const done = await db().codeImport.findUniqueOrThrow({ where: { id: job.id } });
  expect(done).toMatchObject({
    status: "completed",
    attempts: 2,
    totalRows: ROWS,
    processedRows: ROWS,
    importedCount: valid.size,
    rejectedCount: invalid + duplicates,
  });
  const codes = await db().couponCode.findMany({ where: { offerId: coupon.id }, select: { code: true } });
  expect(codes).toHaveLength(valid.size);
  expect(new Set(codes.map((c) => c.code))).toEqual(valid);
  const errors = await db().codeImportError.groupBy({ by: ["reason"], where: { importId: job.id }, _count: true });
  expect(Object.fromEntries(errors.map((e) => [e.reason, e._count]))).toEqual({
    invalid_characters: invalid,
    duplicate_in_file: duplicates,
  });
}, 300_000);
