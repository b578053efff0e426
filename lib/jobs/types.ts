// What a job kind looks like to the runner (lib/jobs/README.md). A handler module per kind lives in its
// domain (lib/codes/import-job.ts, lib/webhooks/deliver-job.ts, …); the runner knows nothing else about it.
import type { z } from "zod";

/** A job as its handler sees it while it holds the claim. */
export type RunningJob<P = unknown> = {
  id: string;
  kind: string;
  tenantId: string | null;
  payload: P;
  /** Claims so far, this one included (1 on the first run). */
  attempts: number;
  maxAttempts: number;
  /** Fencing token of this claim: handlers that commit in steps check it in each step's transaction. */
  claimToken: string;
  /** When the runner retries if this attempt throws; null when this is the last attempt. */
  retryAt: Date | null;
  /** Aborted when the claim is lost (another worker took the job over after a stale heartbeat). */
  signal: AbortSignal;
  createdAt: Date;
};

/** Why a job ended without success, for the handler's onGiveUp. */
export type GiveUp =
  /** The last allowed attempt threw (`error`), or a PermanentJobError was thrown. */
  | { cause: "failed"; attempts: number; error: unknown }
  /** Claimed more than maxAttempts times without finishing: its workers kept dying (a crash loop). */
  | { cause: "interrupted"; attempts: number };

export type JobHandler<P = unknown> = {
  /** Dotted, domain first: "codes.import", "webhooks.deliver". Stored on every job of the kind. */
  kind: string;
  /** Checks the stored payload before run; a payload that fails it fails the job at once (no retry). */
  payload: z.ZodType<P>;
  /** Resolves: succeeded. Throws: retried after `backoff` until maxAttempts, then onGiveUp. */
  run(job: RunningJob<P>): Promise<void>;
  /** Attempts per job (default 5); enqueueJob may set its own per job. */
  maxAttempts?: number;
  /** Milliseconds before the next attempt after attempt `attempt` failed (default exponentialBackoff()). */
  backoff?: (attempt: number) => number;
  /** Runs when the job ends failed, so the domain can record the failure on its own rows. */
  onGiveUp?(job: RunningJob<P>, reason: GiveUp): Promise<void>;
  /** Jobs of this kind one instance runs at once (default 1). */
  concurrency?: number;
  /**
   * Periodic kinds: the runner keeps exactly one job of this kind (tenantId null, empty payload) and runs
   * it again `every` milliseconds after each run ends, on whichever instance claims it.
   */
  every?: number;
};

/** Thrown by a handler: the job cannot succeed (bad data, a deleted object); fail it now, no retry. */
export class PermanentJobError extends Error {}

/** Thrown by a handler whose fenced write found another claim token: another worker owns the job now. */
export class ClaimLostError extends Error {
  constructor(message = "Another worker took over this job") {
    super(message);
  }
}

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";
