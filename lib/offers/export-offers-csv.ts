// The filtered coupon or promotion list as CSV, for spreadsheets: the same filters and sort as the
// screen, every page of them (up to MAX_EXPORT_ROWS), times in the tenant's zone, and every cell
// escaped against formula injection (contract §3, lib/codes/csv-escape.ts).
import { csvLine } from "@/lib/codes/csv-escape";
import { KIND_LABELS } from "@/lib/offers/category-schema";
import { formatOfferDate } from "@/lib/offers/dates";
import type { Family } from "@/lib/offers/family";
import { listOffers } from "@/lib/offers/list-offers";
import { describeCategory } from "@/lib/offers/preview";
import type { OfferListQuery } from "@/lib/offers/schemas";
import { formatInstantInZone } from "@/lib/pricing/time";

export const MAX_EXPORT_ROWS = 10_000;
const PAGE = 100;

export async function exportOffersCsv(
  tenantId: string,
  family: Family,
  query: OfferListQuery,
  zone: string,
  options: { archived?: boolean } = {},
): Promise<string> {
  const header = [
    "id",
    "name",
    "kind",
    "discount",
    "status",
    "valid_from",
    "valid_to",
    "stores",
    "channels",
    ...(family === "coupon" ? ["codes"] : []),
    "updated_at",
    "updated_by",
  ];
  const out = [csvLine(header)];
  const now = new Date();
  for (let page = 1; (page - 1) * PAGE < MAX_EXPORT_ROWS; page++) {
    const { items, total } = await listOffers(tenantId, family, { ...query, page, count: PAGE }, now, options);
    for (const o of items) {
      out.push(
        csvLine([
          o.id,
          o.name,
          KIND_LABELS[o.category.kind],
          describeCategory(o.category, o.currencies),
          o.status,
          formatOfferDate(o.validFrom, zone),
          o.validTo ? formatOfferDate(o.validTo, zone) : "",
          o.stores.length ? o.stores.join(" ") : "all",
          o.channels.length ? o.channels.join(" ") : "all",
          ...(family === "coupon" ? [o.codesCount ?? 0] : []),
          formatInstantInZone(Date.parse(o.updatedAt), zone),
          o.updatedBy,
        ]),
      );
    }
    if (page * PAGE >= total) break;
  }
  return out.join("");
}
