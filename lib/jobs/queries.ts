// Every read and write of the Job table: one SQL text for both databases (lib/db/driver.ts fragments),
// run on whatever client the caller holds (lib/db/statements.ts), so enqueueing joins the caller's
// transaction. Claims are one statement: of any number of workers racing for a job, exactly one gets it.
import { randomUUID } from "node:crypto";
import { date, int, json, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, placeholders, type SqlParam, type Statements } from "@/lib/db/driver";
import type { JobStatus } from "@/lib/jobs/types";

const decodeJob = rowOf({
  id: text,
  kind: text,
  tenantId: nullable(text),
  payload: json,
  status: text,
  runAt: date,
  attempts: int,
  maxAttempts: int,
  claimToken: nullable(text),
  lastError: nullable(text),
  dedupKey: nullable(text),
  createdAt: date,
});
export type JobRow = ReturnType<typeof decodeJob>;

const COLUMNS = `"id", "kind", "tenantId", "payload", "status", "runAt", "attempts", "maxAttempts", "claimToken", "lastError", "dedupKey", "createdAt"`;

export type NewJob = {
  kind: string;
  tenantId: string | null;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
  dedupKey: string | null;
};

/** Far below both databases' bound-parameter limits (9 per row). */
const ROWS_PER_INSERT = 500;

/**
 * Inserts jobs; a job whose (kind, dedupKey) exists already is skipped, or with `replace` re-armed
 * (payload, runAt, attempts 0) when that job is still queued or was cancelled. Answers the ids written.
 */
export async function insertJobs(client: Statements, jobs: readonly NewJob[], now: Date, replace = false): Promise<string[]> {
  const ids: string[] = [];
  const row = `(?, ?, ?, ${fragments.json(client.dialect)}, 'queued', ${fragments.timestamp(client.dialect)}, 0, ?, ?, ${fragments.timestamp(client.dialect)})`;
  const onConflict = replace
    ? `ON CONFLICT ("kind", "dedupKey") DO UPDATE SET "payload" = excluded."payload", "runAt" = excluded."runAt", "maxAttempts" = excluded."maxAttempts",
         "attempts" = 0, "lastError" = NULL, "status" = 'queued', "finishedAt" = NULL
       WHERE "Job"."status" IN ('queued', 'cancelled')`
    : `ON CONFLICT ("kind", "dedupKey") DO NOTHING`;
  for (let start = 0; start < jobs.length; start += ROWS_PER_INSERT) {
    const slice = jobs.slice(start, start + ROWS_PER_INSERT);
    const params: SqlParam[] = slice.flatMap((job) => [
      randomUUID(),
      job.kind,
      job.tenantId,
      JSON.stringify(job.payload ?? {}),
      job.runAt,
      job.maxAttempts,
      job.dedupKey,
      now,
    ]);
    const rows = await client.all(
      `INSERT INTO "Job" ("id", "kind", "tenantId", "payload", "status", "runAt", "attempts", "maxAttempts", "dedupKey", "createdAt")
       VALUES ${slice.map(() => row).join(", ")}
       ${onConflict}
       RETURNING "id"`,
      params,
    );
    for (const r of rows) ids.push(text(r.id, "id"));
  }
  return ids;
}

/**
 * Claims the job due longest (queued with runAt ≤ dueBy, or running with a heartbeat older than
 * staleBefore) among `kinds`, under a new claim token; null when none is claimable.
 */
export async function claimJob(
  client: Statements,
  kinds: readonly string[],
  times: { now: Date; dueBy: Date; staleBefore: Date },
): Promise<JobRow | null> {
  if (kinds.length === 0) return null;
  const at = fragments.timestamp(client.dialect);
  const rows = await client.all(
    `UPDATE "Job" SET "status" = 'running', "claimToken" = ?, "heartbeatAt" = ${at}, "attempts" = "attempts" + 1
     WHERE "id" = (
       SELECT "id" FROM "Job"
       WHERE "kind" IN (${placeholders(kinds.length)})
         AND (("status" = 'queued' AND "runAt" <= ${at}) OR ("status" = 'running' AND "heartbeatAt" < ${at}))
       ORDER BY "runAt" LIMIT 1${fragments.skipLocked(client.dialect)}
     )
     RETURNING ${COLUMNS}`,
    [randomUUID(), times.now, ...kinds, times.dueBy, times.staleBefore],
  );
  return rows.length === 1 ? decodeJob(rows[0]) : null;
}

/** Keeps a claim fresh; false once the claim is lost. */
export async function touchJob(client: Statements, id: string, claimToken: string, now: Date): Promise<boolean> {
  const changed = await client.run(
    `UPDATE "Job" SET "heartbeatAt" = ${fragments.timestamp(client.dialect)} WHERE "id" = ? AND "claimToken" = ? AND "status" = 'running'`,
    [now, id, claimToken],
  );
  return changed === 1;
}

type Release =
  | { status: Extract<JobStatus, "succeeded" | "failed">; lastError: string | null }
  | { status: "queued"; runAt: Date; lastError: string | null; resetAttempts: boolean };

/** Ends or re-queues a claimed job, if the claim is still this worker's; false when it is not. */
export async function releaseJob(client: Statements, id: string, claimToken: string, release: Release, now: Date): Promise<boolean> {
  const at = fragments.timestamp(client.dialect);
  const lastError = release.lastError?.slice(0, 2000) ?? null;
  const changed =
    release.status === "queued"
      ? await client.run(
          `UPDATE "Job" SET "status" = 'queued', "runAt" = ${at}, "lastError" = ?, "claimToken" = NULL, "heartbeatAt" = NULL
             ${release.resetAttempts ? `, "attempts" = 0` : ""}
           WHERE "id" = ? AND "claimToken" = ? AND "status" = 'running'`,
          [release.runAt, lastError, id, claimToken],
        )
      : await client.run(
          `UPDATE "Job" SET "status" = ?, "finishedAt" = ${at}, "lastError" = ?, "claimToken" = NULL, "heartbeatAt" = NULL
           WHERE "id" = ? AND "claimToken" = ? AND "status" = 'running'`,
          [release.status, now, lastError, id, claimToken],
        );
  return changed === 1;
}

/** Cancels the queued job of `kind` with `dedupKey` (a running or finished one is left alone); true if there was one. */
export async function cancelQueuedJob(client: Statements, kind: string, dedupKey: string, now: Date): Promise<boolean> {
  const changed = await client.run(
    `UPDATE "Job" SET "status" = 'cancelled', "finishedAt" = ${fragments.timestamp(client.dialect)}
     WHERE "kind" = ? AND "dedupKey" = ? AND "status" = 'queued'`,
    [now, kind, dedupKey],
  );
  return changed === 1;
}

/** The job of `kind` with `dedupKey`, whatever its status. */
export async function findJobByKey(client: Statements, kind: string, dedupKey: string): Promise<JobRow | null> {
  const rows = await client.all(`SELECT ${COLUMNS} FROM "Job" WHERE "kind" = ? AND "dedupKey" = ?`, [kind, dedupKey]);
  return rows.length === 1 ? decodeJob(rows[0]) : null;
}

/** Deletes up to `limit` jobs that ended before `before`; answers how many. */
export async function deleteFinishedJobs(client: Statements, before: Date, limit: number): Promise<number> {
  return client.run(
    `DELETE FROM "Job" WHERE "id" IN (
       SELECT "id" FROM "Job" WHERE "finishedAt" < ${fragments.timestamp(client.dialect)} AND "status" IN ('succeeded', 'failed', 'cancelled') LIMIT ?
     )`,
    [before, limit],
  );
}
