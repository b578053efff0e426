// Keeps the history of a live change (contract §8: every published version stays in the offer's history).
// A direct write to the live offer (the API's PUT, bulk activation, a create) is a version published at
// once; it is recorded here in the same transaction. Offers saved before versions existed get their
// state before the change as version 1, so the first diff and the first rollback have something to go back to.
import type { Tx } from "@/lib/db/client";
import { hasVersions, insertVersionRow, supersedePublishedRows, type OfferRef, type VersionRow } from "@/lib/versions/queries";

export type LiveState = { snapshot: Record<string, unknown>; author: string; at: Date };

/** Records the live state as version 1 when the offer has no history yet (it predates versions). */
export async function ensureBaseVersion(tx: Tx, ref: OfferRef, live: LiveState): Promise<void> {
  if (await hasVersions(tx, ref)) return;
  await insertVersionRow(tx, ref, {
    snapshot: live.snapshot,
    status: "published",
    author: live.author,
    createdAt: live.at,
    publishedAt: live.at,
    publishedBy: live.author,
  });
}

export async function recordPublishedVersion(
  tx: Tx,
  ref: OfferRef,
  version: { snapshot: Record<string, unknown>; author: string; note?: string | null; previous?: LiveState },
): Promise<VersionRow> {
  if (version.previous) await ensureBaseVersion(tx, ref, version.previous);
  const row = await insertVersionRow(tx, ref, {
    snapshot: version.snapshot,
    status: "published",
    author: version.author,
    note: version.note,
    publishedAt: new Date(),
    publishedBy: version.author,
  });
  await supersedePublishedRows(tx, ref, row.id);
  return row;
}
