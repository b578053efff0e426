// Putting work on the runner. Pass the caller's transaction to enqueue together with the change that
// needs the work (the job exists if and only if the change committed); kick the runner after the commit.
import { db } from "@/lib/db/client";
import { statementsOf, type SqlClient } from "@/lib/db/statements";
import { cancelQueuedJob, insertJobs } from "@/lib/jobs/queries";
import { jobHandler } from "@/lib/jobs/registry";
import { kickJobRunner } from "@/lib/jobs/runner";

export const DEFAULT_MAX_ATTEMPTS = 5;

export type EnqueueJobInput = {
  kind: string;
  /** The tenant the work belongs to; null/absent for work across tenants. */
  tenantId?: string | null;
  /** JSON; the kind's handler checks it with its `payload` schema before running. */
  payload?: unknown;
  /** Not claimed before this (default: now). */
  runAt?: Date;
  /** One job per (kind, dedupKey): enqueueing the same key again changes nothing (see `replace`). */
  dedupKey?: string;
  /** Default: the kind's handler's maxAttempts, else 5. */
  maxAttempts?: number;
  /** With a dedupKey: re-arm the existing job (new payload and runAt) if it is queued or cancelled. */
  replace?: boolean;
};

function toNewJob(input: EnqueueJobInput, now: Date) {
  return {
    kind: input.kind,
    tenantId: input.tenantId ?? null,
    payload: input.payload ?? {},
    runAt: input.runAt ?? now,
    maxAttempts: input.maxAttempts ?? jobHandler(input.kind)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    dedupKey: input.dedupKey ?? null,
  };
}

/**
 * Enqueues jobs in one statement per 500 (replace applies per job as its `replace` says; jobs with and
 * without replace go in separate statements). Answers the ids of the jobs written, skipped ones left out.
 * Without `client` it runs on its own and kicks this instance's runner.
 */
export async function enqueueJobs(client: SqlClient | undefined, inputs: readonly EnqueueJobInput[]): Promise<string[]> {
  const now = new Date();
  const statements = statementsOf(client ?? db());
  const plain = inputs.filter((i) => !i.replace).map((i) => toNewJob(i, now));
  const replacing = inputs.filter((i) => i.replace).map((i) => toNewJob(i, now));
  const ids = [
    ...(plain.length ? await insertJobs(statements, plain, now) : []),
    ...(replacing.length ? await insertJobs(statements, replacing, now, true) : []),
  ];
  if (!client && ids.length > 0) kickJobRunner();
  return ids;
}

/** One job; its id, or null when a job with its dedupKey exists already and was kept. */
export async function enqueueJob(client: SqlClient | undefined, input: EnqueueJobInput): Promise<string | null> {
  const [id] = await enqueueJobs(client, [input]);
  return id ?? null;
}

/** Cancels the queued job of `kind` with `dedupKey`; false when there is none (running or finished ones stay). */
export async function cancelJob(client: SqlClient | undefined, kind: string, dedupKey: string): Promise<boolean> {
  return cancelQueuedJob(statementsOf(client ?? db()), kind, dedupKey, new Date());
}
