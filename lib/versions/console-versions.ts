// What the versions page shows: the offer, its versions (newest first) and, when two are chosen, what
// differs between them in words.
import { db } from "@/lib/db/client";
import { adapterFor } from "@/lib/versions/adapters";
import type { VersionKind } from "@/lib/versions/kinds";
import { diffVersions, listVersions } from "@/lib/versions/list-versions";

export const VERSIONS_SHOWN = 100;

export async function loadVersionsPage(tenantId: string, kind: VersionKind, id: string, compare: { from?: number; to?: number }) {
  const [live, versions] = await Promise.all([
    adapterFor(kind).findLive(db(), tenantId, id),
    listVersions(tenantId, kind, id, { page: 1, count: VERSIONS_SHOWN }),
  ]);
  const diff = compare.from && compare.to ? await diffVersions(tenantId, kind, id, compare.from, compare.to) : null;
  return { offer: { id: live.id, name: live.name }, versions, diff };
}
