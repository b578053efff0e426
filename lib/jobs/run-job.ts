// Runs one claimed job to the end of this attempt: heartbeat while it runs, then succeeded, re-queued
// with backoff, failed (with the handler's onGiveUp), or nothing at all when the claim was lost.
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/db/statements";
import { exponentialBackoff } from "@/lib/jobs/backoff";
import { releaseJob, touchJob, type JobRow } from "@/lib/jobs/queries";
import { jobHandler } from "@/lib/jobs/registry";
import { ClaimLostError, PermanentJobError, type GiveUp, type JobHandler, type RunningJob } from "@/lib/jobs/types";

/** A running job whose heartbeat is older than this is presumed dead and may be claimed again. */
export const STALE_AFTER_MS = 30_000;
export const HEARTBEAT_EVERY_MS = 5_000;
/** A job whose kind this process cannot run (it should not have claimed it) goes back for this long. */
const UNKNOWN_KIND_RETRY_MS = 60_000;

const defaultBackoff = exponentialBackoff();

export type JobRunResult = "succeeded" | "retrying" | "failed" | "lost";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function startHeartbeat(row: JobRow, claimToken: string, controller: AbortController): () => void {
  const timer = setInterval(() => {
    touchJob(statementsOf(db()), row.id, claimToken, new Date())
      .then((held) => {
        if (!held) controller.abort(new ClaimLostError());
      })
      .catch(() => undefined);
  }, HEARTBEAT_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

async function giveUp(handler: JobHandler, job: RunningJob, reason: GiveUp): Promise<JobRunResult> {
  try {
    await handler.onGiveUp?.(job, reason);
  } catch (error) {
    console.error(`[jobs] ${job.kind} ${job.id}: onGiveUp failed`, error);
  }
  const lastError = reason.cause === "interrupted" ? `Interrupted ${reason.attempts - 1} times` : message(reason.error);
  const now = new Date();
  // A periodic kind never ends: its next run is due one period later whatever happened to this one.
  const released = handler.every
    ? await releaseJob(
        statementsOf(db()),
        job.id,
        job.claimToken,
        { status: "queued", runAt: new Date(now.getTime() + handler.every), lastError, resetAttempts: true },
        now,
      )
    : await releaseJob(statementsOf(db()), job.id, job.claimToken, { status: "failed", lastError }, now);
  return released ? "failed" : "lost";
}

export async function runClaimedJob(row: JobRow): Promise<JobRunResult> {
  const claimToken = row.claimToken!;
  const client = statementsOf(db());
  const handler = jobHandler(row.kind);
  if (!handler) {
    const runAt = new Date(Date.now() + UNKNOWN_KIND_RETRY_MS);
    await releaseJob(
      client,
      row.id,
      claimToken,
      { status: "queued", runAt, lastError: `No handler for ${row.kind} here`, resetAttempts: false },
      new Date(),
    );
    return "retrying";
  }
  const backoff = handler.backoff ?? defaultBackoff;
  const lastAttempt = row.attempts >= row.maxAttempts;
  const controller = new AbortController();
  const job: RunningJob = {
    id: row.id,
    kind: row.kind,
    tenantId: row.tenantId,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    claimToken,
    retryAt: lastAttempt ? null : new Date(Date.now() + backoff(row.attempts)),
    signal: controller.signal,
    createdAt: row.createdAt,
  };
  if (row.attempts > row.maxAttempts) return giveUp(handler, job, { cause: "interrupted", attempts: row.attempts });

  const stopHeartbeat = startHeartbeat(row, claimToken, controller);
  try {
    const parsed = handler.payload.safeParse(row.payload);
    if (!parsed.success) throw new PermanentJobError(`The stored payload is not valid for ${row.kind}: ${parsed.error.message}`);
    await handler.run({ ...job, payload: parsed.data });
    const now = new Date();
    const released = handler.every
      ? await releaseJob(
          client,
          row.id,
          claimToken,
          { status: "queued", runAt: new Date(now.getTime() + handler.every), lastError: null, resetAttempts: true },
          now,
        )
      : await releaseJob(client, row.id, claimToken, { status: "succeeded", lastError: null }, now);
    return released ? "succeeded" : "lost";
  } catch (error) {
    if (error instanceof ClaimLostError || controller.signal.aborted) return "lost";
    if (error instanceof PermanentJobError || job.retryAt === null)
      return giveUp(handler, job, { cause: "failed", attempts: row.attempts, error });
    console.error(
      `[jobs] ${row.kind} ${row.id}: attempt ${row.attempts} of ${row.maxAttempts} failed; retrying at ${job.retryAt.toISOString()}`,
      message(error),
    );
    const released = await releaseJob(
      client,
      row.id,
      claimToken,
      { status: "queued", runAt: job.retryAt, lastError: message(error), resetAttempts: false },
      new Date(),
    );
    return released ? "retrying" : "lost";
  } finally {
    stopHeartbeat();
  }
}
