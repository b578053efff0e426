// The drafts the console offers to compare with live in a batch run: each offer's working draft, named by
// its snapshot (a draft may rename its offer), newest first.
import { db } from "@/lib/db/client";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { findTenantDraftRows } from "@/lib/versions/queries";

export type DraftChoice = { kind: VersionKind; id: string; number: number; label: string };

const MAX_CHOICES = 200;

export async function listDraftChoices(tenantId: string): Promise<DraftChoice[]> {
  const rows = await findTenantDraftRows(db(), tenantId, MAX_CHOICES);
  return rows.map((row) => {
    const kind = row.kind as VersionKind;
    const name = (row.snapshot as { name?: unknown }).name;
    const what = KIND_LABELS[kind];
    return {
      kind,
      id: row.offerId,
      number: row.number,
      label: `${what[0].toUpperCase()}${what.slice(1)} “${typeof name === "string" ? name : row.offerId}”, draft v${row.number}`,
    };
  });
}
