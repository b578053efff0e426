// An import's side of its job on the one runner (lib/jobs): enqueue one job per import (dedupKey = the
// import id), adopt the runner's claim on the CodeImport row, and finish. Adopting copies the job's claim
// token onto the import, so every batch commits only while its worker still holds the job (the bulk
// writers' fencing check), and a worker that lost the job to another (stale heartbeat) is fenced out.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deleteImportFile } from "@/lib/codes/import-file-store";
import { db, type Tx } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { fixedBackoff } from "@/lib/jobs/backoff";
import { claimNextJob } from "@/lib/jobs/runner";
import { releaseJob, type JobRow } from "@/lib/jobs/queries";
import { statementsOf } from "@/lib/db/statements";
import type { RunningJob } from "@/lib/jobs/types";
import { toImportView } from "@/lib/codes/views";
import { recordOutboxEvent } from "@/lib/outbox/record-outbox-event";

export { STALE_AFTER_MS } from "@/lib/jobs/run-job";

export const IMPORT_JOB_KIND = "codes.import";
/** Claims per job before it is failed instead of retried (a file that crashes the worker must not loop). */
export const MAX_ATTEMPTS = 5;
/** A batch that stopped on an unexpected error is retried after this pause. */
export const importBackoff = fixedBackoff(5_000);

export type ImportJobPayload = { importId: string };

/** A CodeImport row under this worker's claim: the runner's job plus the import's progress. */
export type ClaimedImport = {
  id: string;
  tenantId: string;
  offerId: string;
  kind: string;
  claimToken: string;
  attempts: number;
  fileBytes: number;
  totalRows: number;
  processedRows: number;
  importedCount: number;
  checkpointOffset: number;
  checkpointLine: number;
  options: unknown;
};

export type JobActor = Pick<Actor, "type" | "id" | "name" | "role">;

/** Queues the job of a new import, inside the transaction that creates the CodeImport row. */
export async function enqueueImportJob(tx: Tx, tenantId: string, importId: string): Promise<void> {
  await enqueueJob(tx, {
    kind: IMPORT_JOB_KIND,
    tenantId,
    payload: { importId } satisfies ImportJobPayload,
    dedupKey: importId,
    maxAttempts: MAX_ATTEMPTS,
  });
}

/**
 * Puts the job's claim on its import (status processing, the job's token and attempt count); null when
 * the import is over or gone (the job then has nothing left to do).
 */
export async function adoptImportClaim(
  job: Pick<RunningJob<ImportJobPayload>, "payload" | "claimToken" | "attempts">,
): Promise<ClaimedImport | null> {
  const { importId } = job.payload;
  const { count } = await db().codeImport.updateMany({
    where: { id: importId, status: { in: ["queued", "processing"] } },
    data: { status: "processing", claimToken: job.claimToken, heartbeatAt: new Date(), attempts: job.attempts },
  });
  if (count !== 1) return null;
  await db().codeImport.updateMany({
    where: { id: importId, claimToken: job.claimToken, startedAt: null },
    data: { startedAt: new Date() },
  });
  const row = await db().codeImport.findFirst({ where: { id: importId, claimToken: job.claimToken } });
  return row ? { ...row, claimToken: job.claimToken, attempts: job.attempts } : null;
}

/**
 * Claims the next import job and adopts it (tests drive claims with this; the runner's loop does the
 * same through the handler). The answer carries the runner's job for processImport.
 */
export async function claimNextImport(): Promise<(ClaimedImport & { job: JobRow }) | null> {
  for (;;) {
    const job = await claimNextJob({ kinds: [IMPORT_JOB_KIND] });
    if (!job) return null;
    const claimed = await adoptImportClaim({
      payload: job.payload as ImportJobPayload,
      claimToken: job.claimToken!,
      attempts: job.attempts,
    });
    if (claimed) return { ...claimed, job };
    await releaseJob(statementsOf(db()), job.id, job.claimToken!, { status: "succeeded", lastError: null }, new Date());
  }
}

/** The person or token that started the job, kept in options so the final audit event names them. */
function actorOf(job: ClaimedImport, tenantId: string): Actor | null {
  const actor = (job.options as { actor?: JobActor } | null)?.actor;
  return actor ? { ...actor, tenantId } : null;
}

/**
 * Ends an import (completed or failed) if this worker still holds it; removes its stored file, and writes
 * its audit event and its import.completed / import.failed event in the same transaction.
 */
export async function finishImport(
  job: ClaimedImport,
  outcome: { status: "completed" } | { status: "failed"; reason: string },
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.codeImport.updateMany({
      where: { id: job.id, claimToken: job.claimToken, status: "processing" },
      data: {
        status: outcome.status,
        failureReason: outcome.status === "failed" ? outcome.reason.slice(0, 1000) : null,
        finishedAt: new Date(),
        claimToken: null,
      },
    });
    if (count !== 1) return false;
    await deleteImportFile(job.id, tx);
    const row = await tx.codeImport.findUniqueOrThrow({ where: { id: job.id } });
    await recordOutboxEvent(tx, row.tenantId, outcome.status === "completed" ? "import.completed" : "import.failed", {
      codesImport: toImportView(row),
    });
    const actor = actorOf(job, row.tenantId);
    if (actor) {
      await recordAuditEvent(tx, actor, {
        action: outcome.status === "completed" ? "complete" : "fail",
        objectType: "code_import",
        objectId: job.id,
        changes: {
          status: row.status,
          totalRows: row.totalRows,
          processedRows: row.processedRows,
          importedCount: row.importedCount,
          rejectedCount: row.rejectedCount,
          failureReason: row.failureReason,
        },
      });
    }
    return true;
  });
}

/** Keeps an attempt's error on the import while the job waits for its retry, so the console shows why. */
export async function noteImportAttemptFailed(job: ClaimedImport, error: unknown): Promise<void> {
  await db().codeImport.updateMany({
    where: { id: job.id, claimToken: job.claimToken, status: "processing" },
    data: { failureReason: `Attempt ${job.attempts} stopped: ${String((error as Error)?.message ?? error).slice(0, 900)}` },
  });
}
