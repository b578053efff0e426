// The one job runner (lib/jobs) on a real database, with test kinds of its own: enqueue inside a
// transaction (rolled back: no job), dedup keys, exclusive claims among concurrent claimers, retries with
// backoff until maxAttempts then onGiveUp, permanent failures, stale claims taken over, periodic kinds.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { cancelJob, enqueueJob, enqueueJobs } from "@/lib/jobs/enqueue-job";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { STALE_AFTER_MS } from "@/lib/jobs/run-job";
import { claimNextJob, disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { PermanentJobError, type GiveUp, type RunningJob } from "@/lib/jobs/types";

type Payload = { n: number; fail?: "always" | "once" | "permanent" };
const runs: RunningJob<Payload>[] = [];
const givenUp: GiveUp[] = [];
const failedOnce = new Set<string>();
let periodicRuns = 0;

beforeAll(() => {
  disableBackgroundJobRunner();
  registerJobHandlers([
    {
      kind: "test.work",
      payload: z.object({ n: z.number(), fail: z.enum(["always", "once", "permanent"]).optional() }),
      maxAttempts: 3,
      backoff: (attempt) => attempt * 60_000,
      async run(job: RunningJob<Payload>) {
        runs.push(job);
        if (job.payload.fail === "permanent") throw new PermanentJobError("cannot ever work");
        if (job.payload.fail === "always") throw new Error(`attempt ${job.attempts} failed`);
        if (job.payload.fail === "once" && !failedOnce.has(job.id)) {
          failedOnce.add(job.id);
          throw new Error("first attempt failed");
        }
      },
      async onGiveUp(_job, reason) {
        givenUp.push(reason);
      },
    },
    { kind: "test.tick", payload: z.object({}), every: 60_000, run: async () => void periodicRuns++ },
  ]);
});
afterEach(async () => {
  runs.length = 0;
  givenUp.length = 0;
  await db().job.deleteMany({ where: { kind: { startsWith: "test." } } });
});

const work = (payload: Payload, extra: { dedupKey?: string; runAt?: Date } = {}) => ({ kind: "test.work", payload, ...extra });
const run = (dueBy?: Date) => runPendingJobs({ kinds: ["test.work"], dueBy });
const jobOf = (id: string) => db().job.findUniqueOrThrow({ where: { id } });

describe("enqueueJob", () => {
  it("writes the job with the caller's transaction, and not at all when it rolls back", async () => {
    const key = randomUUID();
    await expect(
      db().$transaction(async (tx) => {
        await enqueueJob(tx, work({ n: 1 }, { dedupKey: key }));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db().job.count({ where: { kind: "test.work", dedupKey: key } })).toBe(0);
    await db().$transaction((tx) => enqueueJob(tx, work({ n: 2 }, { dedupKey: key })));
    expect(await db().job.findFirstOrThrow({ where: { kind: "test.work", dedupKey: key } })).toMatchObject({
      status: "queued",
      attempts: 0,
      maxAttempts: 3,
      payload: { n: 2 },
    });
  });

  it("keeps one job per dedupKey, and re-arms a queued one with replace", async () => {
    const key = randomUUID();
    const first = await enqueueJob(undefined, work({ n: 1 }, { dedupKey: key }));
    expect(first).not.toBeNull();
    expect(await enqueueJob(undefined, work({ n: 2 }, { dedupKey: key }))).toBeNull();
    const later = new Date(Date.now() + 3_600_000);
    expect(await enqueueJob(undefined, { ...work({ n: 3 }, { dedupKey: key, runAt: later }), replace: true })).toBe(first);
    expect(await jobOf(first!)).toMatchObject({ payload: { n: 3 }, runAt: later });
    expect(await cancelJob(undefined, "test.work", key)).toBe(true);
    expect((await jobOf(first!)).status).toBe("cancelled");
    expect(await enqueueJob(undefined, { ...work({ n: 4 }, { dedupKey: key }), replace: true })).toBe(first);
    expect((await jobOf(first!)).status).toBe("queued");
  });

  it("does not run a job before its runAt", async () => {
    const runAt = new Date(Date.now() + 3_600_000);
    await enqueueJob(undefined, work({ n: 1 }, { runAt }));
    expect(await run()).toBe(0);
    expect(await run(runAt)).toBe(1);
    expect(runs.map((r) => r.payload.n)).toEqual([1]);
  });
});

describe("claims", () => {
  it("gives each job to exactly one of many concurrent claimers", async () => {
    const ids = await enqueueJobs(
      undefined,
      Array.from({ length: 5 }, (_, n) => work({ n })),
    );
    const claims = await Promise.all(Array.from({ length: 12 }, () => claimNextJob({ kinds: ["test.work"] })));
    const claimed = claims.filter((c) => c !== null).map((c) => c!.id);
    expect(claimed.sort()).toEqual([...ids].sort());
  });

  it("lets another worker take over a job whose worker stopped heart-beating, and runs it there", async () => {
    const id = (await enqueueJob(undefined, work({ n: 7 })))!;
    const dead = (await claimNextJob({ kinds: ["test.work"] }))!;
    expect(dead.id).toBe(id);
    expect(await claimNextJob({ kinds: ["test.work"] })).toBeNull();
    await db().job.update({ where: { id }, data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1000) } });
    expect(await run()).toBe(1);
    expect(runs[0]).toMatchObject({ id, attempts: 2 });
    expect(runs[0].claimToken).not.toBe(dead.claimToken);
    expect(await jobOf(id)).toMatchObject({ status: "succeeded", claimToken: null });
  });
});

describe("retries", () => {
  it("retries a failed attempt after its backoff and succeeds", async () => {
    const id = (await enqueueJob(undefined, work({ n: 1, fail: "once" })))!;
    expect(await run()).toBe(1);
    const waiting = await jobOf(id);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1, lastError: "first attempt failed" });
    // backoff(1) = 60 s, plus nothing: the test kind has no jitter.
    expect(waiting.runAt.getTime() - runs[0].createdAt.getTime()).toBeGreaterThanOrEqual(60_000);
    expect(await run()).toBe(0);
    expect(await run(waiting.runAt)).toBe(1);
    expect(await jobOf(id)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("gives up after maxAttempts and tells the handler why", async () => {
    const id = (await enqueueJob(undefined, work({ n: 1, fail: "always" })))!;
    expect(await run(new Date(Date.now() + 86_400_000))).toBe(3);
    expect(runs.map((r) => [r.attempts, r.retryAt === null])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(await jobOf(id)).toMatchObject({ status: "failed", attempts: 3, lastError: "attempt 3 failed" });
    expect(givenUp).toEqual([{ cause: "failed", attempts: 3, error: expect.any(Error) }]);
  });

  it("fails a PermanentJobError at once, and a job claimed more than maxAttempts times without running it", async () => {
    const permanent = (await enqueueJob(undefined, work({ n: 1, fail: "permanent" })))!;
    expect(await run()).toBe(1);
    expect(await jobOf(permanent)).toMatchObject({ status: "failed", attempts: 1, lastError: "cannot ever work" });
    const looping = (await enqueueJob(undefined, work({ n: 2 })))!;
    await db().job.update({ where: { id: looping }, data: { attempts: 3 } });
    expect(await run()).toBe(1);
    expect(runs.map((r) => r.payload.n)).toEqual([1]);
    expect(await jobOf(looping)).toMatchObject({ status: "failed", attempts: 4 });
    expect(givenUp.map((g) => g.cause)).toEqual(["failed", "interrupted"]);
  });

  it("fails a job whose stored payload its kind does not accept", async () => {
    const id = (await enqueueJob(undefined, { kind: "test.work", payload: { n: "not a number" } }))!;
    expect(await run()).toBe(1);
    expect(runs).toHaveLength(0);
    expect((await jobOf(id)).status).toBe("failed");
  });
});

describe("periodic kinds", () => {
  it("keeps one job per periodic kind and runs it again one period after each run", async () => {
    const before = periodicRuns;
    expect(await runPendingJobs({ kinds: ["test.tick"] })).toBe(1);
    expect(await runPendingJobs({ kinds: ["test.tick"] })).toBe(0);
    const row = await db().job.findFirstOrThrow({ where: { kind: "test.tick" } });
    expect(row).toMatchObject({ status: "queued", dedupKey: "periodic", attempts: 0 });
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await runPendingJobs({ kinds: ["test.tick"], dueBy: row.runAt })).toBe(1);
    expect(periodicRuns - before).toBe(2);
    expect(await db().job.count({ where: { kind: "test.tick" } })).toBe(1);
  });
});
