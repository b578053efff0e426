// What a limited offer has left for one cart (contract §7), from the usage pricing read (at most 1 s
// stale): uses, the cart customer's uses, and the budget in the cart's currency. Pure and client-safe;
// the simulator shows it beside each offer it applied or considered.
import { WINDOW_LABELS } from "@/lib/limits/usage-view";
import { toMinor } from "@/lib/money/currency";
import type { OfferLimits, OfferUsageFacts } from "@/lib/pricing";

export type OfferRemaining = {
  windowLabel: string;
  uses?: { cap: number; remaining: number };
  perCustomer?: { cap: number; remaining: number };
  budget?: { currency: string; capMinor: number; remainingMinor: number };
};

export function remainingFor(limits: OfferLimits, facts: OfferUsageFacts | undefined, currency: string): OfferRemaining {
  const used = facts ?? { uses: 0, customerUses: 0, spentMinor: 0 };
  const left = (cap: number, taken: number) => ({ cap, remaining: Math.max(0, cap - taken) });
  const line = limits.budget?.find((b) => b.currency === currency);
  const capMinor = line ? toMinor(line.amount, currency) : null;
  return {
    windowLabel: WINDOW_LABELS[limits.window ?? "none"],
    ...(limits.redemptions !== undefined ? { uses: left(limits.redemptions, used.uses) } : {}),
    ...(limits.perCustomer !== undefined ? { perCustomer: left(limits.perCustomer, used.customerUses) } : {}),
    ...(capMinor !== null ? { budget: { currency, capMinor, remainingMinor: Math.max(0, capMinor - used.spentMinor) } } : {}),
  };
}
