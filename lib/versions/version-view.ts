// An OfferVersion row as the API and the console show it (never the raw row).
import type { VersionKind, VersionStatus } from "@/lib/versions/kinds";
import type { VersionRow } from "@/lib/versions/queries";
import type { VersionView } from "@/lib/versions/schemas";

export function toVersionView(row: VersionRow): VersionView {
  return {
    number: row.number,
    kind: row.kind as VersionKind,
    offerId: row.offerId,
    status: row.status as VersionStatus,
    snapshot: (row.snapshot ?? {}) as Record<string, unknown>,
    publishAt: row.publishAt?.toISOString() ?? null,
    restoresNumber: row.restoresNumber,
    note: row.note,
    etag: row.etag,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
  };
}
