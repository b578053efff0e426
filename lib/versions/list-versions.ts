// Reads of an offer's history (contract §8): every version, newest first, one version, the working
// draft, and the difference between any two versions, field by field and in words.
import { auditNames } from "@/lib/audit/audit-names";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { skipTake, type Page, type PageQuery } from "@/lib/http/pagination";
import { loadTenant } from "@/lib/offers/offer-writes";
import { adapterFor } from "@/lib/versions/adapters";
import { KIND_LABELS, type VersionKind } from "@/lib/versions/kinds";
import { findVersionRow, findWorkingDraftRow, listVersionRows, pendingVersionsOf } from "@/lib/versions/queries";
import type { VersionDiffView, VersionView } from "@/lib/versions/schemas";
import { diffSnapshots, summarizeChanges } from "@/lib/versions/version-diff";
import { toVersionView } from "@/lib/versions/version-view";

export async function listVersions(tenantId: string, kind: VersionKind, offerId: string, query: PageQuery): Promise<Page<VersionView>> {
  await adapterFor(kind).findLive(db(), tenantId, offerId);
  const { rows, total } = await listVersionRows(db(), { tenantId, kind, offerId }, skipTake(query));
  return { items: rows.map(toVersionView), total };
}

export async function getVersionOrThrow(tenantId: string, kind: VersionKind, offerId: string, number: number): Promise<VersionView> {
  await adapterFor(kind).findLive(db(), tenantId, offerId);
  const row = await findVersionRow(db(), { tenantId, kind, offerId }, number);
  if (!row) throw AppError.notFound(`Version ${number} of this ${KIND_LABELS[kind]}`);
  return toVersionView(row);
}

/** The draft being edited, or null when the offer has none. */
export async function getWorkingDraft(tenantId: string, kind: VersionKind, offerId: string): Promise<VersionView | null> {
  await adapterFor(kind).findLive(db(), tenantId, offerId);
  const row = await findWorkingDraftRow(db(), { tenantId, kind, offerId });
  return row ? toVersionView(row) : null;
}

/** The fields that differ between two snapshots, worded as the audit log words them (store names, the tenant's zone). */
export async function snapshotDiff(tenantId: string, kind: VersionKind, a: Record<string, unknown>, b: Record<string, unknown>) {
  const tenant = await loadTenant(db(), tenantId);
  const stores = [a, b].flatMap((s) => [s.stores, s.warehouseID].flat().filter((id): id is string => typeof id === "string"));
  const names = await auditNames(tenantId, [], tenant.timeZone, { storeIds: stores });
  const changes = diffSnapshots(a, b, names, adapterFor(kind).fieldOrder);
  return { changes, summary: summarizeChanges(changes) };
}

export async function diffVersions(
  tenantId: string,
  kind: VersionKind,
  offerId: string,
  from: number,
  to: number,
): Promise<VersionDiffView> {
  const [a, b] = await Promise.all([getVersionOrThrow(tenantId, kind, offerId, from), getVersionOrThrow(tenantId, kind, offerId, to)]);
  return { from, to, ...(await snapshotDiff(tenantId, kind, a.snapshot, b.snapshot)) };
}

export type PendingVersion = { number: number; status: string; publishAt: string | null };

/** The offer's versions waiting to go live: its draft and its scheduled publishes, oldest first. */
export async function listPendingVersions(tenantId: string, kind: VersionKind, offerId: string): Promise<PendingVersion[]> {
  const rows = await pendingVersionsOf(db(), tenantId, kind, [offerId]);
  return rows.map((v) => ({ number: v.number, status: v.status, publishAt: v.publishAt?.toISOString() ?? null }));
}
