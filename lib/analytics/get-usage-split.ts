// Redemptions in the range split by store or by channel ("" = none given at checkout, shown as "none").
import { storeNames, sumUsageBy } from "@/lib/analytics/queries/charts";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, UsageSplit } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";
import { KNOWN_CHANNELS } from "@/lib/offers/channels";

const SPLIT_LIMIT = 50;

export async function getUsageSplit(
  tenantId: string,
  query: AnalyticsQuery,
  by: "store" | "channel",
  now = new Date(),
): Promise<UsageSplit> {
  const range = await resolveRange(tenantId, query, now);
  const column = by === "store" ? "storeId" : "channel";
  const rows = await sumUsageBy(
    driver(),
    tenantId,
    { ...range, offerId: query.offerId, storeId: query.storeId, channel: query.channel },
    column,
    SPLIT_LIMIT,
  );
  const stores = by === "store" ? await storeNames(driver(), tenantId, rows.map((r) => r.id).filter(Boolean)) : new Map<string, string>();
  const label = (id: string) => {
    if (id === "") return "none";
    if (by === "store") return stores.get(id) ?? id;
    return KNOWN_CHANNELS.find((c) => c.id === id)?.label ?? id;
  };
  return { range: rangeView(range), by, items: rows.map((r) => ({ id: r.id, label: label(r.id), redemptions: r.redemptions })) };
}
