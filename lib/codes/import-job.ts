// The job kinds of code imports on the one runner (lib/jobs): "codes.import" runs a CSV import or a
// generation from its checkpoint to the end, and "codes.sweep-import-files" removes stored uploads no job
// will read. A job that stops on an unexpected error is retried after a pause (the checkpoint makes the
// retry continue where the last commit left off); one whose workers keep dying is failed after MAX_ATTEMPTS.
import { z } from "zod";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { CsvRecordTooLongError } from "@/lib/codes/csv-records";
import { sweepOrphanImportFiles } from "@/lib/codes/import-file-store";
import {
  adoptImportClaim,
  finishImport,
  IMPORT_JOB_KIND,
  importBackoff,
  MAX_ATTEMPTS,
  noteImportAttemptFailed,
  type ClaimedImport,
  type ImportJobPayload,
} from "@/lib/codes/import-jobs";
import { runCodeGeneration } from "@/lib/codes/run-code-generation";
import { JobDataError, runCsvImport } from "@/lib/codes/run-csv-import";
import { isAppError } from "@/lib/errors";
import type { JobRow } from "@/lib/jobs/queries";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { runClaimedJob } from "@/lib/jobs/run-job";
import { runPendingJobs } from "@/lib/jobs/runner";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";

export type WorkerOptions = { batchSize?: number };

/** Rows per batch for the jobs run by runPendingImports / processImport (tests, benches); else the writer's own. */
let batchSizeOverride: number | undefined;

async function runImport(claimed: ClaimedImport): Promise<void> {
  try {
    await getCouponForCodes(claimed.tenantId, claimed.offerId).catch((error) => {
      if (isAppError(error) && error.code === "not_found")
        throw new JobDataError("The coupon was archived or deleted while the job waited");
      throw error;
    });
    const run = claimed.kind === "generate" ? runCodeGeneration : runCsvImport;
    await run(claimed, { batchSize: batchSizeOverride });
    await finishImport(claimed, { status: "completed" });
  } catch (error) {
    if (error instanceof JobDataError || error instanceof CsvRecordTooLongError) {
      await finishImport(claimed, { status: "failed", reason: error.message });
      throw new PermanentJobError(error.message);
    }
    if (!(error instanceof PermanentJobError)) await noteImportAttemptFailed(claimed, error).catch(() => undefined);
    throw error;
  }
}

export const importJobHandler: JobHandler<ImportJobPayload> = {
  kind: IMPORT_JOB_KIND,
  payload: z.object({ importId: z.string() }),
  maxAttempts: MAX_ATTEMPTS,
  backoff: importBackoff,
  // One import at a time per instance: each holds the database's write path for its batches.
  concurrency: 1,
  async run(job) {
    const claimed = await adoptImportClaim(job);
    if (claimed) await runImport(claimed);
  },
  async onGiveUp(job, reason) {
    const claimed = await adoptImportClaim(job);
    if (!claimed) return;
    await finishImport(claimed, {
      status: "failed",
      reason:
        reason.cause === "interrupted"
          ? `The job was interrupted ${reason.attempts - 1} times; giving up. Codes imported so far are kept; upload the file again to import the rest.`
          : `The job stopped on an error ${reason.attempts} times: ${(reason.error as Error)?.message ?? String(reason.error)}`,
    });
  },
};

export const sweepImportFilesJobHandler: JobHandler<Record<string, never>> = {
  kind: "codes.sweep-import-files",
  payload: z.object({}),
  every: 10 * 60 * 1000,
  async run() {
    await sweepOrphanImportFiles();
  },
};

async function withBatchSize<T>(options: WorkerOptions, work: () => Promise<T>): Promise<T> {
  registerJobHandlers([importJobHandler]);
  batchSizeOverride = options.batchSize;
  try {
    return await work();
  } finally {
    batchSizeOverride = undefined;
  }
}

/** Runs one import claimed with claimNextImport to the end of this attempt (tests). */
export function processImport(claimed: { job: JobRow }, options: WorkerOptions = {}): Promise<unknown> {
  return withBatchSize(options, () => runClaimedJob(claimed.job));
}

/** Claims and runs import jobs until none is left; returns how many ran. Tests, benches and scripts call this. */
export function runPendingImports(options: WorkerOptions = {}): Promise<number> {
  return withBatchSize(options, () => runPendingJobs({ kinds: [IMPORT_JOB_KIND] }));
}
