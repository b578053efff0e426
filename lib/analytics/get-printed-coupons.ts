// POS printed coupons issued in the range per issuing store, and how many of those were redeemed.
import { countPrintedCoupons, storeNames } from "@/lib/analytics/queries/charts";
import { rangeView, resolveRange } from "@/lib/analytics/resolve-range";
import type { AnalyticsQuery, PrintedCoupons } from "@/lib/analytics/schemas";
import { driver } from "@/lib/db/driver";

export async function getPrintedCoupons(tenantId: string, query: AnalyticsQuery, now = new Date()): Promise<PrintedCoupons> {
  const range = await resolveRange(tenantId, query, now);
  const rows = await countPrintedCoupons(driver(), tenantId, range.from, range.to, query.storeId);
  const names = await storeNames(
    driver(),
    tenantId,
    rows.map((r) => r.storeId).filter((id): id is string => id !== null),
  );
  return {
    range: rangeView(range),
    items: rows.map((r) => ({
      storeId: r.storeId ?? "",
      label: r.storeId === null ? "none" : (names.get(r.storeId) ?? r.storeId),
      issued: r.issued,
      redeemed: r.redeemed,
    })),
  };
}
