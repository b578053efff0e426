// The runner's own housekeeping, a periodic kind like any other: jobs that ended long ago are deleted,
// so the table holds the live queue plus two weeks of history (a kind's dedupKey protects only as long).
import { z } from "zod";
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/db/statements";
import { deleteFinishedJobs } from "@/lib/jobs/queries";
import type { JobHandler } from "@/lib/jobs/types";

export const FINISHED_JOBS_KEPT_MS = 14 * 24 * 60 * 60 * 1000;
const ROWS_PER_DELETE = 5_000;
const DELETES_PER_RUN = 20;

export const pruneJobsHandler: JobHandler<Record<string, never>> = {
  kind: "jobs.prune",
  payload: z.object({}),
  every: 60 * 60 * 1000,
  async run() {
    const before = new Date(Date.now() - FINISHED_JOBS_KEPT_MS);
    for (let i = 0; i < DELETES_PER_RUN; i++) {
      if ((await deleteFinishedJobs(statementsOf(db()), before, ROWS_PER_DELETE)) < ROWS_PER_DELETE) return;
    }
  },
};
