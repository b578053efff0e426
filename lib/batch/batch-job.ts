// The job kind of batch runs on the one runner (lib/jobs): "batch.simulate" prices a run's file from its
// checkpoint to the end. An attempt that stops on an unexpected error is retried after a pause and resumes
// where the last committed chunk left off; one that cannot succeed (a draft deleted meanwhile) fails the run.
import { z } from "zod";
import { finishRunRow } from "@/lib/batch/queries";
import { runBatch } from "@/lib/batch/run-batch";
import type { JobHandler } from "@/lib/jobs/types";

export const BATCH_JOB_KIND = "batch.simulate";

export const batchJobHandler: JobHandler<{ runId: string }> = {
  kind: BATCH_JOB_KIND,
  payload: z.object({ runId: z.string() }),
  maxAttempts: 5,
  // One run at a time per instance: a run holds 50,000 carts in memory and the write path for its chunks.
  concurrency: 1,
  run: runBatch,
  async onGiveUp(job, reason) {
    const failure =
      reason.cause === "interrupted"
        ? `The run was interrupted ${reason.attempts - 1} times; giving up. Upload the file again.`
        : `The run stopped: ${(reason.error as Error)?.message ?? String(reason.error)}`;
    await finishRunRow(job.payload.runId, null, { status: "failed", failure }, new Date());
  },
};
