// The drafts the console offers to compare with live in a batch run or the Cart Simulator: each offer's working draft, named by
// its snapshot (a draft may rename its offer), newest first.
import { db } from "@/lib/db/client";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { findTenantDraftRows } from "@/lib/versions/queries";

export type DraftChoice = { kind: VersionKind; id: string; number: number; label: string };

const MAX_CHOICES = 200;

export async function listDraftChoices(tenantId: string): Promise<DraftChoice[]> {
  const rows = await findTenantDraftRows(db(), tenantId, MAX_CHOICES);
  return rows.map((row) => draftChoiceOf(row.kind as VersionKind, row.offerId, row.number, row.snapshot));
}

/** A version as the console names it: “Promotion “Shoes off”, draft v2”. */
export function draftChoiceOf(kind: VersionKind, id: string, number: number, snapshot: unknown): DraftChoice {
  const name = (snapshot as { name?: unknown } | null)?.name;
  const what = KIND_LABELS[kind];
  return {
    kind,
    id,
    number,
    label: `${what[0].toUpperCase()}${what.slice(1)} “${typeof name === "string" ? name : id}”, draft v${number}`,
  };
}
