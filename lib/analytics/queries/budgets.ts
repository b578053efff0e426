// The reads behind the discount-cost chart and the budget alerts: the rolled-up discount amounts per hour
// and currency (the coarsest grain that holds the filters, tenant first), and the live offers that carry
// limits. Spend in the current limit window comes from the limit's own counters (lib/limits/queries).
import { grainFor } from "@/lib/analytics/grains";
import type { UsageFilter } from "@/lib/analytics/queries/charts";
import { int, json, rowOf, text } from "@/lib/db/decode";
import { placeholders, type SqlParam, type Statements } from "@/lib/db/driver";

const decodeCost = rowOf({ hour: int, currency: text, amountMinor: int });

/** Discount given per UTC hour and currency (rows with no currency are left out: they carry no amount). */
export async function sumCostByHour(client: Statements, tenantId: string, f: UsageFilter) {
  const parts = [`"tenantId" = ?`, `"grain" = ?`, `"hour" >= ?`, `"hour" < ?`, `"currency" <> ''`];
  const params: SqlParam[] = [tenantId, grainFor(f), f.fromHour, f.toHour];
  for (const column of ["offerId", "storeId", "channel"] as const) {
    const value = f[column];
    if (value === undefined) continue;
    parts.push(`"${column}" = ?`);
    params.push(value);
  }
  const rows = await client.all(
    `SELECT "hour", "currency", SUM("amountMinor") AS "amountMinor" FROM "AnalyticsUsageHour" WHERE ${parts.join(" AND ")}
     GROUP BY "hour", "currency"`,
    params,
  );
  return rows.map(decodeCost);
}

const decodeLimited = rowOf({ id: text, name: text, family: text, limits: json });

/**
 * Live offers with limits (all of the tenant's, or the given ones whatever their state): coupons and
 * automatic promotions (Offer, family as stored) and POS campaigns (family "pos_campaign"), whose printed
 * coupons' uses are ledger rows of the campaign like any other offer's.
 */
export async function offersWithLimits(client: Statements, tenantId: string, offerIds?: readonly string[]) {
  if (offerIds !== undefined && offerIds.length === 0) return [];
  const filters =
    offerIds === undefined
      ? {
          offer: `"limits" IS NOT NULL AND "active" = true AND "archivedAt" IS NULL AND "unpublished" = false`,
          campaign: `"limits" IS NOT NULL AND "enabled" = true AND "unpublished" = false`,
        }
      : { offer: `"id" IN (${placeholders(offerIds.length)})`, campaign: `"id" IN (${placeholders(offerIds.length)})` };
  const rows = await client.all(
    `SELECT "id", "name", "family", "limits" FROM "Offer" WHERE "tenantId" = ? AND ${filters.offer}
     UNION ALL
     SELECT "id", "name", 'pos_campaign' AS "family", "limits" FROM "PosCampaign" WHERE "tenantId" = ? AND ${filters.campaign}
     ORDER BY "name", "id" LIMIT 1000`,
    [tenantId, ...(offerIds ?? []), tenantId, ...(offerIds ?? [])],
  );
  return rows.map(decodeLimited);
}
