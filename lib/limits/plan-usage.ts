// What one order takes from the usage counters (contract §7), pure: per limited offer one use, one use
// of the customer's, and the discount amount from the budget of the order's currency. Every counter of
// a limited offer is taken even where it has no cap (NO_CAP), so a revert gives back exactly what the
// ledger row took and every counter reconciles with a recount of the ledger.
import { toMinor } from "@/lib/money/currency";
import { NO_CAP, type UsageTake } from "@/lib/limits/queries";
import type { Limits } from "@/lib/limits/schemas";

export type LedgerUse = {
  offerId: string;
  limits: Limits | null;
  consumerId: string | null;
  currency: string | null;
  /** Discount given, minor units of currency; null when the call carried no cart. */
  amount: number | null;
  windowKey: string | null;
};

export const USES = "uses";
export const customerScope = (consumerId: string) => `customer:${consumerId}`;
export const budgetScope = (currency: string) => `budget:${currency}`;

/** The counters a ledger row holds (what a take took and a give-back returns). */
export function takesOf(use: LedgerUse): UsageTake[] {
  if (use.windowKey === null) return [];
  const limits = use.limits;
  const base = { offerId: use.offerId, windowKey: use.windowKey };
  const takes: UsageTake[] = [{ ...base, scope: USES, delta: 1, cap: limits?.redemptions ?? NO_CAP }];
  if (use.consumerId !== null) takes.push({ ...base, scope: customerScope(use.consumerId), delta: 1, cap: limits?.perCustomer ?? NO_CAP });
  if (use.currency !== null && use.amount !== null && use.amount > 0) {
    const line = limits?.budget?.find((b) => b.currency === use.currency);
    takes.push({ ...base, scope: budgetScope(use.currency), delta: use.amount, cap: line ? toMinor(line.amount, use.currency) : NO_CAP });
  }
  return takes;
}

/** Which §4.9 reason a refused counter stands for. */
export function reasonOfScope(scope: string): "redemption_limit_reached" | "customer_limit_reached" | "budget_exhausted" {
  if (scope === USES) return "redemption_limit_reached";
  return scope.startsWith("customer:") ? "customer_limit_reached" : "budget_exhausted";
}
