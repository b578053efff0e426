// POST /batch-runs with {source: "ledger", days}: a run over the carts the redemption ledger kept for the
// orders of the last N days (lib/batch/ledger-carts.ts). The carts are written as the run's file, JSON
// lines with the order id as cartId, so the job, its checkpoints and the results are those of an upload;
// the file is a snapshot, so a resumed run prices the same carts. Past 50,000 orders, the newest count.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { queueBatchRun } from "@/lib/batch/create-batch-run";
import { findOrderCartsSince } from "@/lib/batch/ledger-queries";
import { MAX_BATCH_CARTS } from "@/lib/batch/parse-carts";
import { deleteFilePieces, writeFilePiece } from "@/lib/batch/queries";
import type { BatchRunView, LedgerRunInput } from "@/lib/batch/schemas";
import { driver } from "@/lib/db/driver";
import { AppError } from "@/lib/errors";
import { resolveDraftRefs } from "@/lib/versions/draft-offers";

const DAY_MS = 86_400_000;
/** Characters per stored piece, as uploads store them. */
const PIECE_CHARS = 1024 * 1024;

export async function createLedgerBatchRun(actor: Actor, input: LedgerRunInput, now = new Date()): Promise<BatchRunView> {
  const overlays = await resolveDraftRefs(actor.tenantId, input.drafts);
  const drafts = overlays.map((o) => ({ kind: o.kind, id: o.offerId, number: o.number ?? 0 }));
  const { carts, total } = await findOrderCartsSince(
    driver(),
    actor.tenantId,
    new Date(now.getTime() - input.days * DAY_MS),
    MAX_BATCH_CARTS,
  );
  const last = `the last ${input.days} day${input.days === 1 ? "" : "s"}`;
  if (carts.length === 0) throw AppError.field("days", `No redeemed order of ${last} carried its cart: there is nothing to price`, "empty");
  const runId = randomUUID();
  let bytes = 0;
  try {
    let seq = 0;
    let piece = "";
    for (const cart of carts) {
      const line = `${JSON.stringify({ cartId: cart.orderId, ...(JSON.parse(cart.request) as object) })}\n`;
      bytes += Buffer.byteLength(line);
      piece += line;
      if (piece.length >= PIECE_CHARS) {
        await writeFilePiece(runId, seq++, piece);
        piece = "";
      }
    }
    if (piece) await writeFilePiece(runId, seq, piece);
    const newest = total > carts.length ? `, newest ${carts.length.toLocaleString("en")} of ${total.toLocaleString("en")} orders` : "";
    return await queueBatchRun(actor, {
      id: runId,
      fileName: `Ledger: orders of ${last}${newest}`,
      fileBytes: bytes,
      format: "jsonl",
      drafts,
      source: { ledger: { days: input.days, orders: carts.length } },
    });
  } catch (error) {
    await deleteFilePieces(runId).catch(() => undefined);
    throw error;
  }
}
