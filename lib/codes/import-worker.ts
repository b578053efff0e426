// The import worker that runs inside every app process: it claims queued jobs and jobs whose worker died
// (stale heartbeat), one at a time, and runs them. Started on server start (instrumentation.ts) and
// kicked by each new import, so a job starts at once on the instance that received it, and any other
// instance picks it up within a poll interval if that one goes away.
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { CsvRecordTooLongError } from "@/lib/codes/csv-records";
import { sweepOrphanImportFiles } from "@/lib/codes/import-file-store";
import { claimNextImport, finishImport, MAX_ATTEMPTS, releaseImport, startHeartbeat, type ClaimedJob } from "@/lib/codes/import-jobs";
import { runCodeGeneration } from "@/lib/codes/run-code-generation";
import { JobDataError, LostClaimError, runCsvImport } from "@/lib/codes/run-csv-import";
import { isAppError } from "@/lib/errors";

export type WorkerOptions = { batchSize?: number };

const POLL_MS = 2_000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** Runs one claimed job to its end: completed, failed, given back for a retry, or lost to another worker. */
export async function processImport(job: ClaimedJob, options: WorkerOptions = {}): Promise<void> {
  const stopHeartbeat = startHeartbeat(job);
  try {
    if (job.attempts > MAX_ATTEMPTS) {
      await finishImport(job, {
        status: "failed",
        reason: `The job was interrupted ${job.attempts - 1} times; giving up. Codes imported so far are kept; upload the file again to import the rest.`,
      });
      return;
    }
    await getCouponForCodes(job.tenantId, job.offerId).catch((error) => {
      if (isAppError(error) && error.code === "not_found")
        throw new JobDataError("The coupon was archived or deleted while the job waited");
      throw error;
    });
    const run = job.kind === "generate" ? runCodeGeneration : runCsvImport;
    await run(job, { batchSize: options.batchSize });
    await finishImport(job, { status: "completed" });
  } catch (error) {
    if (error instanceof LostClaimError) return;
    if (error instanceof JobDataError || error instanceof CsvRecordTooLongError) {
      await finishImport(job, { status: "failed", reason: error.message });
      return;
    }
    console.error(`[import ${job.id}] attempt ${job.attempts} stopped`, error);
    if (job.attempts >= MAX_ATTEMPTS)
      await finishImport(job, {
        status: "failed",
        reason: `The job stopped on an error ${job.attempts} times: ${(error as Error).message}`,
      });
    else await releaseImport(job, error);
  } finally {
    stopHeartbeat();
  }
}

/** Claims and runs jobs until none is left; returns how many it ran. Tests and scripts call this directly. */
export async function runPendingImports(options: WorkerOptions = {}): Promise<number> {
  let ran = 0;
  for (;;) {
    const job = await claimNextImport();
    if (!job) return ran;
    await processImport(job, options);
    ran++;
  }
}

type WorkerState = {
  started: boolean;
  manual: boolean;
  running: boolean;
  again: boolean;
  timer?: ReturnType<typeof setTimeout>;
  lastSweep: number;
};
const globalWorker = globalThis as unknown as { couponsmithImportWorker?: WorkerState };

function state(): WorkerState {
  globalWorker.couponsmithImportWorker ??= { started: false, manual: false, running: false, again: false, lastSweep: 0 };
  return globalWorker.couponsmithImportWorker;
}

async function loop(): Promise<void> {
  const s = state();
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = true;
  try {
    do {
      s.again = false;
      await runPendingImports();
      if (Date.now() - s.lastSweep > SWEEP_EVERY_MS) {
        s.lastSweep = Date.now();
        await sweepOrphanImportFiles();
      }
    } while (s.again);
  } catch (error) {
    // A database that is down or not migrated yet: try again at the next poll.
    console.error("[import worker] poll failed", error);
  } finally {
    s.running = false;
    s.timer = setTimeout(() => void loop(), POLL_MS);
    s.timer.unref?.();
  }
}

/**
 * For tests and scripts that drive jobs themselves with runPendingImports: no background loop in this
 * process, so nothing races them for the jobs they are checking.
 */
export function disableBackgroundImportWorker(): void {
  state().manual = true;
}

/** Starts the background loop of this process (once; later calls do nothing). */
export function startImportWorker(): void {
  const s = state();
  if (s.started || s.manual) return;
  s.started = true;
  s.timer = setTimeout(() => void loop(), 0);
  s.timer.unref?.();
}

/** A new job is waiting: run now instead of at the next poll. */
export function kickImportWorker(): void {
  const s = state();
  if (s.manual) return;
  if (!s.started) return startImportWorker();
  if (s.running) s.again = true;
  else {
    clearTimeout(s.timer);
    s.timer = setTimeout(() => void loop(), 0);
  }
}
