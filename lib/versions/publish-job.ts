// The scheduled publish on the one job runner (lib/jobs): scheduling a version enqueues one job due at
// its instant, in the same transaction; the dedup key is the version and the instant, so a reschedule
// is a new job and the old one, if it still runs, finds the version no longer due then and does nothing.
// The runner's claim gives the job to one instance; the version's own conditional claim
// (publish-scheduled-version.ts) keeps the publish exactly once even if a job ran twice (at-least-once).
//
// Why timers besides the job: the runner polls every second, so a job could start up to a second after its
// instant (measured by bench:scenarios: up to 1.06 s on an instance that only polls). The instance that
// schedules a version wakes its runner at that instant, and every instance's watcher looks ahead every few
// seconds and wakes its runner at each instant coming up, so whichever claims the job does it on time.
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { cancelJob, enqueueJob } from "@/lib/jobs/enqueue-job";
import { kickJobRunner } from "@/lib/jobs/runner";
import type { JobHandler } from "@/lib/jobs/types";
import { publishScheduledVersion } from "@/lib/versions/publish-scheduled-version";
import { findScheduledInstants, findVersionRowById } from "@/lib/versions/queries";

export const PUBLISH_JOB_KIND = "versions.publish";
// setTimeout's longest delay (about 24.8 days); a later wake-up is left to the poll.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

type Payload = { versionId: string; publishAt: string };

const dedupKey = (versionId: string, at: Date) => `${versionId}@${at.toISOString()}`;

export const publishJobHandler: JobHandler<Payload> = {
  kind: PUBLISH_JOB_KIND,
  payload: z.object({ versionId: z.string(), publishAt: z.iso.datetime() }),
  maxAttempts: 10,
  backoff: (attempt) => Math.min(60_000, 1_000 * 2 ** (attempt - 1)),
  concurrency: 4,
  async run(job) {
    const row = await findVersionRowById(db(), job.payload.versionId);
    const at = Date.parse(job.payload.publishAt);
    // Published by another path, discarded, or rescheduled to another instant (that instant has its own job).
    if (!row || row.status !== "scheduled" || row.publishAt?.getTime() !== at) return;
    // The runner claims the job at its instant or later; its claim, not this clock, says the time has come.
    await publishScheduledVersion(row, new Date(Math.max(Date.now(), at)));
  },
};

/** Enqueues the publish job of a version scheduled at `at`, inside the scheduling transaction. */
export async function enqueuePublishJob(tx: Tx, version: { id: string; tenantId: string }, at: Date): Promise<void> {
  await enqueueJob(tx, {
    kind: PUBLISH_JOB_KIND,
    tenantId: version.tenantId,
    payload: { versionId: version.id, publishAt: at.toISOString() },
    runAt: at,
    dedupKey: dedupKey(version.id, at),
    // Rescheduled back to an instant it had before: re-arm that (cancelled) job.
    replace: true,
  });
}

/** The version is no longer due at `at` (published now, rescheduled, discarded): its job has nothing left to do. */
export async function cancelPublishJob(tx: Tx, version: { id: string; publishAt: Date | null }): Promise<void> {
  if (version.publishAt) await cancelJob(tx, PUBLISH_JOB_KIND, dedupKey(version.id, version.publishAt));
}

const globalWatch = globalThis as unknown as { couponsmithPublishWakeUps?: Set<number>; couponsmithPublishWatcher?: boolean };
const wakeUps = () => (globalWatch.couponsmithPublishWakeUps ??= new Set());

/** After the commit: wake this instance's runner at the instant, not at the next poll after it. */
export function wakeRunnerAt(at: Date): void {
  const ms = at.getTime();
  // A few milliseconds late on purpose: the claim compares the job's instant with the clock.
  const delay = ms - Date.now() + 2;
  if (delay > LONGEST_TIMER_MS || wakeUps().has(ms)) return;
  wakeUps().add(ms);
  const timer = setTimeout(
    () => {
      wakeUps().delete(ms);
      kickJobRunner();
    },
    Math.max(0, delay),
  );
  timer.unref?.();
}

const LOOK_AHEAD_MS = 15_000;
const WATCH_EVERY_MS = 10_000;

/** Every instance: wake the runner at the instants of the versions scheduled in the next seconds (one indexed read per 10 s). */
export function startScheduledPublishWatcher(): void {
  if (globalWatch.couponsmithPublishWatcher) return;
  globalWatch.couponsmithPublishWatcher = true;
  const look = async () => {
    try {
      const now = new Date();
      for (const at of await findScheduledInstants(db(), now, new Date(now.getTime() + LOOK_AHEAD_MS))) wakeRunnerAt(at);
    } catch (error) {
      console.error("[versions] looking ahead for scheduled publishes failed", error);
    }
  };
  void look();
  setInterval(() => void look(), WATCH_EVERY_MS).unref?.();
}
