// The usage and budget bars of a page of offers (coupons, automatic promotions, POS campaigns): one
// read for the whole page, fresh (not through pricing's 1 s cache), in the window "now" falls in,
// in the tenant's zone (contract §7). Offers without limits have no entry.
import { driver } from "@/lib/db/driver";
import { findUsageAndHolds } from "@/lib/limits/queries";
import type { Limits } from "@/lib/limits/schemas";
import { summarizeUsage, type OfferUsageSummary } from "@/lib/limits/usage-view";
import { windowKey } from "@/lib/limits/window-key";

export type LimitedOffer = { id: string; limits: Limits | null; currencies: readonly string[] };

export async function getOffersUsage(
  tenant: { id: string; timeZone: string },
  offers: readonly LimitedOffer[],
  now: Date = new Date(),
): Promise<Record<string, OfferUsageSummary>> {
  const limited = offers.filter((o): o is LimitedOffer & { limits: Limits } => o.limits !== null);
  const wanted = limited.map((o) => ({ offerId: o.id, windowKey: windowKey(o.limits.window, now.getTime(), tenant.timeZone) }));
  const rows = await findUsageAndHolds(driver(), tenant.id, wanted);
  const out: Record<string, OfferUsageSummary> = {};
  limited.forEach((offer, i) => {
    const key = wanted[i].windowKey;
    const counters = new Map<string, number>();
    const held = new Map<string, number>();
    for (const row of rows)
      if (row.offerId === offer.id && row.windowKey === key) (row.source === "held" ? held : counters).set(row.scope, row.value);
    out[offer.id] = summarizeUsage(offer.limits, offer.currencies, key, counters, held);
  });
  return out;
}
