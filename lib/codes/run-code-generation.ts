// Runs a claimed generation job: fills the pattern in batches until the requested number of new codes
// exists. Codes that collide with existing ones are skipped by the insert and simply generated again;
// progress (processedRows = importedCount = codes created) is committed with each batch, so a resumed job
// makes only what is still missing.
import { randomBytes } from "node:crypto";
import { bulkWriter } from "@/lib/codes/bulk-writer";
import type { ClaimedImport } from "@/lib/codes/import-jobs";
import { analysePattern, PatternInput, fillPattern } from "@/lib/codes/pattern";
import { JobDataError, LostClaimError, type RunOptions } from "@/lib/codes/run-csv-import";

/** Batches in a row that create nothing before we call the pattern exhausted. */
const MAX_FUTILE_BATCHES = 20;
/**
 * Candidates per batch: never fewer than this, and more when the last batch found few free codes (the
 * writer inserts only as many as wanted). A pattern whose space is mostly taken by existing codes would
 * otherwise come down to drawing the last few codes one at a time, and 20 unlucky draws in a row would
 * fail the job although free codes remain (with 64 candidates and a fifth of the space free, that takes
 * a chance of 0.8^1280).
 */
const MIN_CANDIDATES = 64;
/** Also below the PostgreSQL writer's 65,535 positions per batch. */
const MAX_CANDIDATES = 60_000;

export async function runCodeGeneration(job: ClaimedImport, options: RunOptions): Promise<void> {
  const parsed = PatternInput.safeParse((job.options as { pattern?: unknown } | null)?.pattern);
  const checked = parsed.success ? analysePattern(parsed.data) : null;
  if (!checked?.ok) throw new JobDataError("The generation settings stored with this job are not valid");
  const writer = await bulkWriter();
  const batchSize = options.batchSize ?? Math.min(20_000, writer.batchRows);
  let created = job.importedCount;
  let futile = 0;
  /** Share of the last batch's candidates that were free (1 until we know better). */
  let freeShare = 1;
  while (created < job.totalRows) {
    const wanted = Math.min(batchSize, job.totalRows - created);
    const candidates = Math.min(MAX_CANDIDATES, Math.max(wanted, MIN_CANDIDATES, Math.ceil((wanted / Math.max(freeShare, 0.01)) * 1.25)));
    const codes = [...new Set(fillPattern(checked.analysis, candidates, randomBytes))];
    const result = await writer.commitBatch({
      importId: job.id,
      tenantId: job.tenantId,
      offerId: job.offerId,
      claimToken: job.claimToken,
      expectedProcessedRows: created,
      codes,
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
    // A batch that reached its cap only says that at least that share was free: keep the estimate.
    if (result.inserted < wanted) freeShare = result.inserted / codes.length;
    futile = result.inserted === 0 ? futile + 1 : 0;
    if (futile >= MAX_FUTILE_BATCHES)
      throw new JobDataError(`The pattern ran out of unused codes after ${created} of ${job.totalRows}; use a longer pattern`);
  }
}
