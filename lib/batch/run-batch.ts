// The work of a batch run (contract §8), resumable: the file is parsed again on every attempt (cheap and
// deterministic), the parse errors are recorded once, and carts are priced in chunks from the run's
// checkpoint (`pricedCarts`), each chunk committed with its rows and the running totals. Carts without
// `at` are priced at the run's start instant, so a resumed run prices them at the same moment.
// Facts are read once for all carts and offers prepared once per side (lib/carts/batch-pricing.ts).
import { recordCartOutcome, emptySummary, type BatchSummary } from "@/lib/batch/cart-outcome";
import { CartFileParser } from "@/lib/batch/parse-carts";
import { adoptRunRow, commitCartChunk, commitParse, deleteFilePieces, finishRunRow } from "@/lib/batch/queries";
import { readRunLines } from "@/lib/batch/read-run-file";
import { StoredDrafts } from "@/lib/batch/schemas";
import { loadBatchPricing, preparedWith, priceInBatch } from "@/lib/carts/batch-pricing";
import { isAppError } from "@/lib/errors";
import { yieldToEventLoop } from "@/lib/event-loop";
import { ClaimLostError, PermanentJobError, type RunningJob } from "@/lib/jobs/types";
import { engineOffersOf, resolveDraftRefs } from "@/lib/versions/draft-offers";

/** Carts per commit: about 25 progress steps for 50,000 carts, each a few tens of milliseconds of pricing. */
export const CARTS_PER_CHUNK = 2_000;

let chunkOverride: number | undefined;
/** Tests: smaller chunks, to stop a run between two of them. */
export function setBatchChunkSize(size: number | undefined): void {
  chunkOverride = size;
}

/** Tests: stops the run after this many chunks this attempt, as a worker that dies would. */
let stopAfterChunks: number | undefined;
export function stopBatchAfterChunks(chunks: number | undefined): void {
  stopAfterChunks = chunks;
}
export class BatchStoppedForTest extends Error {}

async function parseRunFile(runId: string) {
  const parser = new CartFileParser();
  try {
    for await (const { text, line } of readRunLines(runId)) parser.push(text, line);
  } catch (error) {
    throw new PermanentJobError((error as Error).message);
  }
  return { carts: parser.end(), errors: parser.errors };
}

export async function runBatch(job: RunningJob<{ runId: string }>): Promise<void> {
  const run = await adoptRunRow(job.payload.runId, job.claimToken, new Date());
  if (!run) return;
  const token = job.claimToken;
  const { carts, errors } = await parseRunFile(run.id);
  if (!run.parsed) await commitParse(run.id, token, carts.length, errors);

  const requests = carts.map((c) => c.request);
  const now = run.startedAt ?? new Date();
  let drafts;
  try {
    const overlays = await resolveDraftRefs(run.tenantId, StoredDrafts.parse(run.drafts));
    const batch = await loadBatchPricing(run.tenantId, requests, now);
    drafts = { batch, offers: await engineOffersOf(run.tenantId, overlays, batch.issuedSources) };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") throw new PermanentJobError(error.message);
    throw error;
  }
  const { batch } = drafts;
  const live = preparedWith(batch, []);
  const withDrafts = preparedWith(batch, drafts.offers);
  const summary: BatchSummary = (run.summary as BatchSummary | null) ?? emptySummary();
  const size = chunkOverride ?? CARTS_PER_CHUNK;
  let chunks = 0;
  for (let start = run.pricedCarts; start < carts.length; start += size) {
    if (job.signal.aborted) throw new ClaimLostError();
    const rows = carts
      .slice(start, start + size)
      .map((cart, i) =>
        recordCartOutcome(
          summary,
          { ...cart, seq: start + i },
          priceInBatch(batch, live, cart.request),
          priceInBatch(batch, withDrafts, cart.request),
        ),
      );
    await commitCartChunk(run.id, token, start, rows, summary);
    if (stopAfterChunks !== undefined && ++chunks >= stopAfterChunks) throw new BatchStoppedForTest();
    // Let heartbeats, status polls and other requests in between chunks.
    await yieldToEventLoop();
  }
  await finishRunRow(run.id, token, { status: "succeeded" }, new Date());
  await deleteFilePieces(run.id);
}
