// The one background runner of every app instance: it claims due jobs of the registered kinds (and jobs
// whose worker died: stale heartbeat), runs up to each kind's `concurrency` at once, and polls again.
// Started on server start (instrumentation.ts); kicked after new work is enqueued, so a job starts at
// once on the instance that created it, and any other instance picks it up within a poll if that one
// goes away. Tests and scripts drive it synchronously with runPendingJobs.
import { db } from "@/lib/db/client";
import { statementsOf } from "@/lib/db/statements";
import { claimJob, insertJobs, type JobRow } from "@/lib/jobs/queries";
import { registeredJobHandlers } from "@/lib/jobs/registry";
import { runClaimedJob, STALE_AFTER_MS } from "@/lib/jobs/run-job";

const POLL_MS = 1_000;
/** Periodic jobs are re-created this often in case one was deleted by hand. */
const ENSURE_PERIODIC_EVERY_MS = 5 * 60 * 1000;
export const PERIODIC_DEDUP_KEY = "periodic";
const PERIODIC_MAX_ATTEMPTS = 3;

/** Claims one due job among `kinds` (default: every registered kind); null when none is due. */
export async function claimNextJob(options: { kinds?: readonly string[]; dueBy?: Date } = {}): Promise<JobRow | null> {
  const now = new Date();
  const kinds = options.kinds ?? registeredJobHandlers().map((h) => h.kind);
  return claimJob(statementsOf(db()), kinds, { now, dueBy: options.dueBy ?? now, staleBefore: new Date(now.getTime() - STALE_AFTER_MS) });
}

/** The one job of each periodic kind among `kinds`, created if missing (due at once). */
export async function ensurePeriodicJobs(kinds?: readonly string[]): Promise<void> {
  const periodic = registeredJobHandlers().filter((h) => h.every && (!kinds || kinds.includes(h.kind)));
  if (periodic.length === 0) return;
  const now = new Date();
  await insertJobs(
    statementsOf(db()),
    periodic.map((h) => ({
      kind: h.kind,
      tenantId: null,
      payload: {},
      runAt: now,
      maxAttempts: PERIODIC_MAX_ATTEMPTS,
      dedupKey: PERIODIC_DEDUP_KEY,
    })),
    now,
  );
}

/**
 * Claims and runs due jobs one after another until none is left; answers how many ran. `dueBy` treats
 * jobs due until then as due now (tests step through retry schedules with it). Each periodic kind runs at
 * most once per call, so a call always ends.
 */
export async function runPendingJobs(options: { kinds?: readonly string[]; dueBy?: Date } = {}): Promise<number> {
  const all = options.kinds ?? registeredJobHandlers().map((h) => h.kind);
  await ensurePeriodicJobs(all);
  const periodic = new Set(
    registeredJobHandlers()
      .filter((h) => h.every)
      .map((h) => h.kind),
  );
  const done = new Set<string>();
  let ran = 0;
  for (;;) {
    const kinds = all.filter((kind) => !done.has(kind));
    const row = await claimNextJob({ kinds, dueBy: options.dueBy });
    if (!row) return ran;
    if (periodic.has(row.kind)) done.add(row.kind);
    await runClaimedJob(row);
    ran++;
  }
}

type RunnerState = {
  started: boolean;
  manual: boolean;
  ticking: boolean;
  again: boolean;
  timer?: ReturnType<typeof setTimeout>;
  running: Map<string, number>;
  lastEnsured: number;
  lastErrorLogged: number;
};
const globalRunner = globalThis as unknown as { couponsmithJobRunner?: RunnerState };

function state(): RunnerState {
  globalRunner.couponsmithJobRunner ??= {
    started: false,
    manual: false,
    ticking: false,
    again: false,
    running: new Map(),
    lastEnsured: 0,
    lastErrorLogged: 0,
  };
  return globalRunner.couponsmithJobRunner;
}

/** Kinds with a free slot on this instance. */
function freeKinds(s: RunnerState): string[] {
  return registeredJobHandlers()
    .filter((h) => (s.running.get(h.kind) ?? 0) < (h.concurrency ?? 1))
    .map((h) => h.kind);
}

function start(s: RunnerState, row: JobRow): void {
  s.running.set(row.kind, (s.running.get(row.kind) ?? 0) + 1);
  runClaimedJob(row)
    .catch((error) => console.error(`[jobs] ${row.kind} ${row.id} stopped the runner's bookkeeping`, error))
    .finally(() => {
      s.running.set(row.kind, (s.running.get(row.kind) ?? 1) - 1);
      kickJobRunner();
    });
}

async function tick(): Promise<void> {
  const s = state();
  if (s.ticking) {
    s.again = true;
    return;
  }
  s.ticking = true;
  try {
    if (Date.now() - s.lastEnsured > ENSURE_PERIODIC_EVERY_MS) {
      await ensurePeriodicJobs();
      s.lastEnsured = Date.now();
    }
    do {
      s.again = false;
      for (;;) {
        const kinds = freeKinds(s);
        if (kinds.length === 0) break;
        const row = await claimNextJob({ kinds });
        if (!row) break;
        start(s, row);
      }
    } while (s.again);
  } catch (error) {
    // A database that is down or not migrated yet: try again at the next poll (and say so once a minute).
    if (Date.now() - s.lastErrorLogged > 60_000) {
      s.lastErrorLogged = Date.now();
      console.error("[jobs] poll failed", error);
    }
  } finally {
    s.ticking = false;
    clearTimeout(s.timer);
    s.timer = setTimeout(() => void tick(), POLL_MS);
    s.timer.unref?.();
  }
}

/**
 * For tests and scripts that drive jobs themselves with runPendingJobs: no background loop in this
 * process, so nothing races them for the jobs they are checking.
 */
export function disableBackgroundJobRunner(): void {
  state().manual = true;
}

/** Starts this process's background loop (once; later calls do nothing). */
export function startJobRunner(): void {
  const s = state();
  if (s.started || s.manual) return;
  s.started = true;
  s.timer = setTimeout(() => void tick(), 0);
  s.timer.unref?.();
}

/** New work is due (or a slot freed up): claim now instead of at the next poll. */
export function kickJobRunner(): void {
  const s = state();
  if (s.manual) return;
  if (!s.started) return startJobRunner();
  if (s.ticking) s.again = true;
  else {
    clearTimeout(s.timer);
    s.timer = setTimeout(() => void tick(), 0);
    s.timer.unref?.();
  }
}
