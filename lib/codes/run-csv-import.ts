// Runs a claimed CSV import from its checkpoint to the end of the stored file, batch by batch. Each batch
// commits its codes, its rejected rows and the new checkpoint together (bulk-writer.ts), so after a crash
// the next worker continues exactly where the last commit left off.
import { bulkWriter, type RejectedRow } from "@/lib/codes/bulk-writer";
import { CsvRecordReader } from "@/lib/codes/csv-records";
import { CsvRowFilter, type CsvRow } from "@/lib/codes/csv-rows";
import { readImportFile } from "@/lib/codes/import-file-store";
import type { ClaimedImport } from "@/lib/codes/import-jobs";
import { yieldToEventLoop } from "@/lib/event-loop";
import { ClaimLostError } from "@/lib/jobs/types";

/** A batch's fencing check failed: another worker holds the import's job now (lib/jobs ends this attempt quietly). */
export class LostClaimError extends ClaimLostError {
  constructor() {
    super("Another worker took over this import");
  }
}

export class JobDataError extends Error {}

export type RunOptions = { batchSize?: number };

/** The stored file is read in 1 MiB pieces and parsed in slices of this size, so per-row objects die young. */
const PARSE_SLICE = 64 * 1024;

export async function runCsvImport(job: ClaimedImport, options: RunOptions): Promise<void> {
  const writer = await bulkWriter();
  const batchSize = options.batchSize ?? writer.batchRows;
  const reader = new CsvRecordReader(job.checkpointOffset, job.checkpointLine);
  // Past offset 0 the header (if any) is behind us: it comes before the first committed row.
  const filter = new CsvRowFilter(job.checkpointOffset === 0);
  let processed = job.processedRows;
  // The batch is kept in columns (a code and its line per valid row) rather than an object per row: batches
  // live long enough to reach the old generation, and a million rows of objects made the heap balloon.
  let rows = 0;
  let codes: string[] = [];
  let lines: number[] = [];
  let rejected: RejectedRow[] = [];
  let checkpointOffset = job.checkpointOffset;
  let checkpointLine = job.checkpointLine;

  const flush = async () => {
    if (rows === 0) return;
    const result = await writer.commitBatch({
      importId: job.id,
      tenantId: job.tenantId,
      offerId: job.offerId,
      claimToken: job.claimToken,
      expectedProcessedRows: processed,
      codes,
      lines,
      rejected,
      reportConflicts: true,
      processed: rows,
      checkpoint: { offset: checkpointOffset, line: checkpointLine },
      now: new Date(),
    });
    if (!result.committed) throw new LostClaimError();
    processed += rows;
    rows = 0;
    codes = [];
    lines = [];
    rejected = [];
  };

  const take = async (batch: CsvRow[]) => {
    for (const row of batch) {
      // Repeats of a code, in this batch or an earlier one, are found by the insert itself: the code then
      // exists with this job's importId, and the writer reports the later row as duplicate_in_file.
      if (row.problem) rejected.push({ row: row.line, code: row.code, reason: row.problem });
      else {
        codes.push(row.code);
        lines.push(row.line);
      }
      rows++;
      checkpointOffset = row.end;
      checkpointLine = row.nextLine;
      if (rows >= batchSize) await flush();
    }
  };

  let bytesRead = job.checkpointOffset;
  for await (const piece of readImportFile(job.id, job.checkpointOffset)) {
    bytesRead += piece.byteLength;
    for (let at = 0; at < piece.byteLength; at += PARSE_SLICE) {
      await take(filter.rows(reader.push(piece.subarray(at, at + PARSE_SLICE))));
      // Parsing is synchronous: let waiting requests run between slices.
      await yieldToEventLoop();
    }
  }
  if (bytesRead !== job.fileBytes)
    throw new JobDataError(`The stored file is incomplete (${bytesRead} of ${job.fileBytes} bytes); upload it again`);
  await take(filter.rows(reader.end()));
  await flush();
}
