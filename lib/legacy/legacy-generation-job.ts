// The job kind "legacy.generate-coupons" on the one runner (lib/jobs): draws a definition's coupons from
// its pattern in batches until the job's count exists. Progress, fencing and resumption are the code
// imports' own (a CodeImport row of kind "legacy_generate" whose offerId is the definition; the bulk
// writers commit each batch with its progress under the job's claim token and give each code the
// definition's max_redemptions), so a resumed job makes only what is still missing.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { bulkWriter } from "@/lib/codes/bulk-writer";
import {
  adoptImportClaim,
  finishImport,
  importBackoff,
  MAX_ATTEMPTS,
  noteImportAttemptFailed,
  type ClaimedImport,
} from "@/lib/codes/import-jobs";
import { LostClaimError } from "@/lib/codes/run-csv-import";
import { db } from "@/lib/db/client";
import { compileCodePattern, drawCode } from "@/lib/legacy/code-pattern";
import { findTemplate } from "@/lib/legacy/queries";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";

export const LEGACY_GENERATION_JOB_KIND = "legacy.generate-coupons";
/** CodeImport.kind of these jobs. */
export const LEGACY_GENERATION_KIND = "legacy_generate";

/** Batches in a row that create nothing before the pattern is called used up. */
const MAX_FUTILE_BATCHES = 20;
const MIN_CANDIDATES = 64;
/** Below the PostgreSQL writer's 65,535 positions per batch. */
const MAX_CANDIDATES = 60_000;

let batchSizeOverride: number | undefined;

/** Rows per batch for tests and benches (else the writer's own, at most 20,000). */
export function setLegacyGenerationBatchSize(size: number | undefined): void {
  batchSizeOverride = size;
}

async function generate(job: ClaimedImport): Promise<void> {
  const template = await findTemplate(db(), job.tenantId, job.offerId);
  if (!template) throw new PermanentJobError("The coupon definition was deleted while the job waited");
  const compiled = compileCodePattern(template.pattern);
  if (!compiled.ok) throw new PermanentJobError(`The definition's pattern cannot generate codes: ${compiled.causes[0].message}`);
  const pattern = compiled.pattern;
  const writer = await bulkWriter();
  const batchSize = batchSizeOverride ?? Math.min(20_000, writer.batchRows);
  let created = job.importedCount;
  let futile = 0;
  let freeShare = 1;
  while (created < job.totalRows) {
    const wanted = Math.min(batchSize, job.totalRows - created);
    const candidates = Math.min(MAX_CANDIDATES, Math.max(wanted, MIN_CANDIDATES, Math.ceil((wanted / Math.max(freeShare, 0.01)) * 1.25)));
    const codes = new Set<string>();
    for (let i = 0; i < candidates; i++) codes.add(drawCode(pattern, randomBytes));
    const result = await writer.commitBatch({
      importId: job.id,
      tenantId: job.tenantId,
      offerId: job.offerId,
      claimToken: job.claimToken,
      expectedProcessedRows: created,
      codes: [...codes],
      lines: null,
      rejected: [],
      reportConflicts: false,
      processed: "inserted",
      checkpoint: null,
      now: new Date(),
      maxInserts: wanted,
    });
    if (!result.committed) throw new LostClaimError();
    created += result.inserted;
    if (result.inserted < wanted) freeShare = result.inserted / codes.size;
    futile = result.inserted === 0 ? futile + 1 : 0;
    if (futile >= MAX_FUTILE_BATCHES)
      throw new PermanentJobError(`The pattern ran out of unused codes after ${created} of ${job.totalRows} coupons`);
  }
}

export const legacyGenerationJobHandler: JobHandler<{ importId: string }> = {
  kind: LEGACY_GENERATION_JOB_KIND,
  payload: z.object({ importId: z.string() }),
  maxAttempts: MAX_ATTEMPTS,
  backoff: importBackoff,
  concurrency: 1,
  async run(job) {
    const claimed = await adoptImportClaim(job);
    if (!claimed) return;
    try {
      await generate(claimed);
      await finishImport(claimed, { status: "completed" });
    } catch (error) {
      if (error instanceof PermanentJobError) await finishImport(claimed, { status: "failed", reason: error.message });
      else if (!(error instanceof LostClaimError)) await noteImportAttemptFailed(claimed, error).catch(() => undefined);
      throw error;
    }
  },
  async onGiveUp(job, reason) {
    const claimed = await adoptImportClaim(job);
    if (!claimed) return;
    await finishImport(claimed, {
      status: "failed",
      reason:
        reason.cause === "interrupted"
          ? `The job was interrupted ${reason.attempts - 1} times; giving up. Coupons generated so far are kept.`
          : `The job stopped on an error ${reason.attempts} times: ${(reason.error as Error)?.message ?? String(reason.error)}`,
    });
  },
};
