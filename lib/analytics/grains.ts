// The grains of the hourly usage rollup. A chart sums the rows of the coarsest grain that still holds
// its filters and its grouping: redemptions over time for the whole tenant read one row per hour, top
// offers one row per offer and hour; only combined filters (an offer in a store) read the full grain.
export const USAGE_GRAINS = ["full", "offer", "store", "channel", "all"] as const;
export type UsageGrain = (typeof USAGE_GRAINS)[number];
export type UsageDimension = "offerId" | "storeId" | "channel";

const GRAIN_OF: Record<UsageDimension, UsageGrain> = { offerId: "offer", storeId: "store", channel: "channel" };

export function grainFor(filter: { offerId?: string; storeId?: string; channel?: string }, grouped?: UsageDimension): UsageGrain {
  const used = new Set<UsageDimension>((["offerId", "storeId", "channel"] as const).filter((d) => filter[d] !== undefined));
  if (grouped) used.add(grouped);
  if (used.size === 0) return "all";
  if (used.size === 1) return GRAIN_OF[[...used][0]];
  return "full";
}

/**
 * The grains of the order rollup (average order value): by store and channel only, since every chart of
 * it reads offerId "" (every order) beside one offer's rows, or every offer's (the top offers' comparison).
 */
export type OrderGrain = "all" | "store" | "channel" | "full";

export function orderGrainFor(filter: { storeId?: string; channel?: string }): OrderGrain {
  if (filter.storeId !== undefined && filter.channel !== undefined) return "full";
  if (filter.storeId !== undefined) return "store";
  if (filter.channel !== undefined) return "channel";
  return "all";
}
