// What the console's usage and budget bars show (contract §7), client-safe and pure: per limit of an
// offer, in the window "now" falls in, the uses or minor units used (redeemed), reserved (held by open
// reservations) and remaining, and whether the offer is used up ("Exhausted"). The counters hold
// used + reserved (a hold counts against the limit like a use), so used = counter − held.
import type { Limits, LimitWindow } from "@/lib/limits/schemas";
import { toMinor } from "@/lib/money/currency";

export type UsageBar = {
  /** "uses" for the redemption count, else the budget's currency. */
  unit: "uses" | string;
  cap: number;
  used: number;
  reserved: number;
  remaining: number;
};

export type OfferUsageSummary = {
  window: LimitWindow | null;
  /** "today", "this week", "this month" or "lifetime". */
  windowLabel: string;
  windowKey: string;
  bars: UsageBar[];
  exhausted: boolean;
};

export const WINDOW_LABELS: Record<LimitWindow | "none", string> = {
  day: "today",
  week: "this week",
  month: "this month",
  none: "lifetime",
};

function bar(unit: string, cap: number, counter: number, held: number): UsageBar {
  const reserved = Math.min(held, counter);
  return { unit, cap, used: counter - reserved, reserved, remaining: Math.max(0, cap - counter) };
}

/**
 * `counters` and `held` are keyed by counter scope ("uses", "budget:EUR"). Exhausted: the redemption
 * limit is reached, or every currency the offer applies in has a budget and each of them is spent (a
 * currency without a budget is uncapped, so the offer still applies in it).
 */
export function summarizeUsage(
  limits: Limits,
  currencies: readonly string[],
  windowKey: string,
  counters: ReadonlyMap<string, number>,
  held: ReadonlyMap<string, number>,
): OfferUsageSummary {
  const bars: UsageBar[] = [];
  if (limits.redemptions !== undefined) bars.push(bar("uses", limits.redemptions, counters.get("uses") ?? 0, held.get("uses") ?? 0));
  for (const line of limits.budget ?? []) {
    const scope = `budget:${line.currency}`;
    bars.push(bar(line.currency, toMinor(line.amount, line.currency), counters.get(scope) ?? 0, held.get(scope) ?? 0));
  }
  const usesOut = bars.some((b) => b.unit === "uses" && b.remaining === 0);
  const budgetOut = currencies.length > 0 && currencies.every((currency) => bars.some((b) => b.unit === currency && b.remaining === 0));
  return {
    window: limits.window ?? null,
    windowLabel: WINDOW_LABELS[limits.window ?? "none"],
    windowKey,
    bars,
    exhausted: usesOut || budgetOut,
  };
}

/** The status the console shows: a live offer whose limit is used up in this window is "Exhausted". */
export function displayStatus<S extends string>(status: S, usage: OfferUsageSummary | null | undefined): S | "Exhausted" {
  return status === "Active" && usage?.exhausted ? "Exhausted" : status;
}
