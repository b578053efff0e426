// What the versions page shows: the offer, its versions (newest first) and, when two are chosen, what
// differs between them in words.
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import type { Family } from "@/lib/offers/family";
import { kindOfFamily } from "@/lib/versions/kinds";
import { diffVersions, listVersions } from "@/lib/versions/list-versions";

export const VERSIONS_SHOWN = 100;

export async function loadVersionsPage(tenantId: string, family: Family, id: string, compare: { from?: number; to?: number }) {
  const kind = kindOfFamily(family);
  const [offer, versions] = await Promise.all([
    getOfferOrThrow(tenantId, family, id),
    listVersions(tenantId, kind, id, { page: 1, count: VERSIONS_SHOWN }),
  ]);
  const diff = compare.from && compare.to ? await diffVersions(tenantId, kind, id, compare.from, compare.to) : null;
  return { offer, versions, diff };
}
