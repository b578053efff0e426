// Runs a claimed CSV import from its checkpoint to the end of the stored file, batch by batch. Each batch
// commits its codes, its rejected rows and the new checkpoint together (bulk-writer.ts), so after a crash
// the next worker continues exactly where the last commit left off.
import { bulkWriter, type NewCode, type RejectedRow } from "@/lib/codes/bulk-writer";
import { newCodeId } from "@/lib/codes/code-id";
import { CsvRecordReader } from "@/lib/codes/csv-records";
import { CsvRowFilter, type CsvRow } from "@/lib/codes/csv-rows";
import { readImportFile } from "@/lib/codes/import-file-store";
import type { ClaimedJob } from "@/lib/codes/import-jobs";

export class LostClaimError extends Error {
  constructor() {
    super("Another worker took over this import");
  }
}

export class JobDataError extends Error {}

export type RunOptions = { batchSize?: number; maxRedemptions: number | null };

export const DEFAULT_BATCH_SIZE = 20_000;

export async function runCsvImport(job: ClaimedJob, options: RunOptions): Promise<void> {
  const writer = await bulkWriter();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const reader = new CsvRecordReader(job.checkpointOffset, job.checkpointLine);
  // Past offset 0 the header (if any) is behind us: it comes before the first committed row.
  const filter = new CsvRowFilter(job.checkpointOffset === 0);
  let processed = job.processedRows;
  let batch: CsvRow[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const seen = new Set<string>();
    const codes: NewCode[] = [];
    const rejected: RejectedRow[] = [];
    for (const row of batch) {
      if (row.problem) rejected.push({ row: row.line, code: row.code, reason: row.problem });
      else if (seen.has(row.code)) rejected.push({ row: row.line, code: row.code, reason: "duplicate_in_file" });
      else {
        seen.add(row.code);
        codes.push({ id: newCodeId(), code: row.code, line: row.line });
      }
    }
    const last = batch[batch.length - 1];
    const result = await writer.commitBatch({
      importId: job.id,
      tenantId: job.tenantId,
      offerId: job.offerId,
      claimToken: job.claimToken,
      maxRedemptions: options.maxRedemptions,
      expectedProcessedRows: processed,
      codes,
      rejected,
      reportConflicts: true,
      processed: batch.length,
      checkpoint: { offset: last.end, line: last.nextLine },
      now: new Date(),
    });
    if (!result.committed) throw new LostClaimError();
    processed += batch.length;
    batch = [];
  };

  const take = async (rows: CsvRow[]) => {
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= batchSize) await flush();
    }
  };

  let bytesRead = job.checkpointOffset;
  for await (const piece of readImportFile(job.id, job.checkpointOffset)) {
    bytesRead += piece.byteLength;
    await take(filter.rows(reader.push(piece)));
  }
  if (bytesRead !== job.fileBytes) throw new JobDataError(`The stored file is incomplete (${bytesRead} of ${job.fileBytes} bytes); upload it again`);
  await take(filter.rows(reader.end()));
  await flush();
}
