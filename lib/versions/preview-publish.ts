// What the publish dialog shows before anything goes live: the version, each field it changes against the
// live offer (in words), and what it does to the scenarios (before → after, and which break).
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { runDraftImpact } from "@/lib/scenarios/run-suite";
import { adapterFor } from "@/lib/versions/adapters";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { snapshotDiff } from "@/lib/versions/list-versions";
import { findVersionRow, findWorkingDraftRow } from "@/lib/versions/queries";
import type { PublishPreview } from "@/lib/versions/schemas";
import { toVersionView } from "@/lib/versions/version-view";

export async function previewPublish(tenantId: string, kind: VersionKind, offerId: string, number?: number): Promise<PublishPreview> {
  const live = await adapterFor(kind).findLive(db(), tenantId, offerId);
  const ref = { tenantId, kind, offerId };
  const row = number ? await findVersionRow(db(), ref, number) : await findWorkingDraftRow(db(), ref);
  if (!row) throw AppError.notFound(number ? `Version ${number} of this ${KIND_LABELS[kind]}` : `A draft of this ${KIND_LABELS[kind]}`);
  const version = toVersionView(row);
  const [diff, impact] = await Promise.all([
    snapshotDiff(tenantId, kind, live.snapshot, version.snapshot),
    runDraftImpact(tenantId, [{ kind, offerId, number: row.number, snapshot: version.snapshot }]),
  ]);
  return { version, ...diff, impact };
}
