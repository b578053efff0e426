// The "Exhausted" status filter of the coupon, promotion and POS campaign lists (contract §7): the ids
// of the offers whose limit is used up in the window "now" falls in, decided by the same summary the
// bars and status badges show (usage-view.ts), over every offer of the tenant with usage, not one page.
// The lists then filter by these ids in their query, so paging and totals stay right.
import { driver } from "@/lib/db/driver";
import { getOffersUsage, type LimitedOffer } from "@/lib/limits/get-offers-usage";
import { findOffersWithUsage } from "@/lib/limits/queries";

export async function findExhaustedIds(
  tenant: { id: string; timeZone: string },
  /** The list's own offers among these ids, with their limits and currencies. */
  loadOffers: (ids: string[]) => Promise<LimitedOffer[]>,
  now: Date,
): Promise<string[]> {
  const used = await findOffersWithUsage(driver(), tenant.id);
  if (used.length === 0) return [];
  const offers = await loadOffers(used);
  const usage = await getOffersUsage(tenant, offers, now);
  return offers.filter((offer) => usage[offer.id]?.exhausted).map((offer) => offer.id);
}
