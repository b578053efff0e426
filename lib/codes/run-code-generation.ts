// Runs a claimed generation job: fills the pattern in batches until the requested number of new codes
// exists. Codes that collide with existing ones are skipped by the insert and simply generated again;
// progress (processedRows = importedCount = codes created) is committed with each batch, so a resumed job
// makes only what is still missing.
import { randomBytes } from "node:crypto";
import { bulkWriter } from "@/lib/codes/bulk-writer";
import type { ClaimedJob } from "@/lib/codes/import-jobs";
import { analysePattern, PatternInput, fillPattern } from "@/lib/codes/pattern";
import { JobDataError, LostClaimError, type RunOptions } from "@/lib/codes/run-csv-import";

/** Batches in a row that create nothing before we call the pattern exhausted. */
const MAX_FUTILE_BATCHES = 20;

export async function runCodeGeneration(job: ClaimedJob, options: RunOptions): Promise<void> {
  const parsed = PatternInput.safeParse((job.options as { pattern?: unknown } | null)?.pattern);
  const checked = parsed.success ? analysePattern(parsed.data) : null;
  if (!checked?.ok) throw new JobDataError("The generation settings stored with this job are not valid");
  const writer = await bulkWriter();
  const batchSize = options.batchSize ?? 20_000;
  let created = job.importedCount;
  let futile = 0;
  while (created < job.totalRows) {
    const wanted = Math.min(batchSize, job.totalRows - created);
    const codes = [...new Set(fillPattern(checked.analysis, wanted, randomBytes))];
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
    });
    if (!result.committed) throw new LostClaimError();
    created += result.inserted;
    futile = result.inserted === 0 ? futile + 1 : 0;
    if (futile >= MAX_FUTILE_BATCHES) throw new JobDataError(`The pattern ran out of unused codes after ${created} of ${job.totalRows}; use a longer pattern`);
  }
}
