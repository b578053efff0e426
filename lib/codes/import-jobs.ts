// The life of an import job in the database: claim (atomic, one worker at a time), heartbeat, finish.
// Jobs are claimed with a conditional UPDATE, so any number of app instances can poll the same table.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deleteImportFile } from "@/lib/codes/import-file-store";
import { db } from "@/lib/db/client";

/** A processing job whose heartbeat is older than this is presumed dead and may be claimed again. */
export const STALE_AFTER_MS = 30_000;
export const HEARTBEAT_EVERY_MS = 5_000;
/** Claims per job before it is failed instead of retried (a file that crashes the worker must not loop). */
export const MAX_ATTEMPTS = 5;

export type ClaimedJob = {
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

function claimable(now: number) {
  return {
    OR: [
      { status: "queued" },
      { status: "processing", heartbeatAt: null },
      { status: "processing", heartbeatAt: { lt: new Date(now - STALE_AFTER_MS) } },
    ],
  };
}

/** Claims the oldest queued (or abandoned) job, or returns null. Safe to call from many processes at once. */
export async function claimNextImport(now = Date.now()): Promise<ClaimedJob | null> {
  const candidates = await db().codeImport.findMany({
    where: claimable(now),
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true },
  });
  for (const { id } of candidates) {
    const claimToken = randomUUID();
    // The same conditions again inside one UPDATE: of several workers racing for this job, exactly one matches.
    const { count } = await db().codeImport.updateMany({
      where: { id, ...claimable(now) },
      data: { status: "processing", claimToken, heartbeatAt: new Date(), attempts: { increment: 1 } },
    });
    if (count !== 1) continue;
    await db().codeImport.updateMany({ where: { id, claimToken, startedAt: null }, data: { startedAt: new Date() } });
    const job = await db().codeImport.findFirst({ where: { id, claimToken } });
    if (job) return { ...job, claimToken };
  }
  return null;
}

/** Keeps the claim fresh while a job runs; stops by itself once the claim is lost. */
export function startHeartbeat(job: ClaimedJob): () => void {
  const timer = setInterval(() => {
    db()
      .codeImport.updateMany({ where: { id: job.id, claimToken: job.claimToken, status: "processing" }, data: { heartbeatAt: new Date() } })
      .catch(() => undefined);
  }, HEARTBEAT_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

export type JobActor = Pick<Actor, "type" | "id" | "name" | "role">;

/** The person or token that started the job, kept in options so the final audit event names them. */
function actorOf(job: ClaimedJob, tenantId: string): Actor | null {
  const actor = (job.options as { actor?: JobActor } | null)?.actor;
  return actor ? { ...actor, tenantId } : null;
}

/** Ends a job (completed or failed) if this worker still holds it; removes its stored file. */
export async function finishImport(
  job: ClaimedJob,
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

/**
 * Gives a job back after an unexpected error, to be claimed again after a short pause. The error is kept
 * in failureReason meanwhile, so a job that keeps retrying shows why.
 */
export async function releaseImport(job: ClaimedJob, error: unknown, retryAfterMs = 5_000): Promise<void> {
  await db().codeImport.updateMany({
    where: { id: job.id, claimToken: job.claimToken, status: "processing" },
    data: {
      claimToken: null,
      heartbeatAt: new Date(Date.now() - STALE_AFTER_MS + retryAfterMs),
      failureReason: `Attempt ${job.attempts} stopped: ${String((error as Error)?.message ?? error).slice(0, 900)}`,
    },
  });
}
