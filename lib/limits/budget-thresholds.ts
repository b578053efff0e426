// budget.threshold events (contract §9): a take that moves a budget counter across 50, 80, 95 or 100 %
// of its cap writes one event per threshold crossed, in the same transaction. The outbox dedup key
// (offer, currency, window, threshold) makes it exactly once: a revert that gives the amount back and a
// later order that crosses again write nothing new.
import { toMajor } from "@/lib/money/currency";
import type { Row, SqlParam } from "@/lib/db/driver";
import { int, rowOf, text } from "@/lib/db/decode";
import { NO_CAP, type TakenUsage, type UsageTake } from "@/lib/limits/queries";
import type { OutboxEventInput } from "@/lib/outbox/record-outbox-event";

export const BUDGET_THRESHOLDS = [50, 80, 95, 100] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

const BUDGET_PREFIX = "budget:";

export type ThresholdCrossing = {
  offerId: string;
  currency: string;
  windowKey: string;
  threshold: BudgetThreshold;
  usedMinor: number;
  budgetMinor: number;
};

/** The thresholds each budget counter passed with this take (before < t % of cap <= after). Pure. */
export function crossedThresholds(taken: readonly TakenUsage[]): ThresholdCrossing[] {
  const out: ThresholdCrossing[] = [];
  for (const t of taken) {
    if (!t.scope.startsWith(BUDGET_PREFIX) || t.cap === NO_CAP || t.cap <= 0) continue;
    const before = t.used - t.delta;
    for (const threshold of BUDGET_THRESHOLDS) {
      // Integers only: minor units times 100 stay far below 2^53.
      if (before * 100 < threshold * t.cap && threshold * t.cap <= t.used * 100) {
        out.push({
          offerId: t.offerId,
          currency: t.scope.slice(BUDGET_PREFIX.length),
          windowKey: t.windowKey,
          threshold,
          usedMinor: t.used,
          budgetMinor: t.cap,
        });
      }
    }
  }
  return out;
}

const isBudget = (t: UsageTake) => t.scope.startsWith(BUDGET_PREFIX) && t.cap !== NO_CAP && t.cap > 0;
const decodeUsed = rowOf({ offerId: text, windowKey: text, scope: text, used: int });

/**
 * crossedThresholds as a condition on the usage upsert's RETURNING rows ("offerId", "windowKey",
 * "scope", "used"), for a write that must not cross a threshold because it cannot write the event
 * (lib/db/write-together.ts writeAllOrNone): SQL for PostgreSQL, and crossedThresholds itself for SQLite.
 * Null when no take is a budget's.
 */
export function thresholdGuard(takes: readonly UsageTake[]): { where: string; params: SqlParam[]; matches: (row: Row) => boolean } | null {
  const budgets = takes.filter(isBudget);
  if (budgets.length === 0) return null;
  const crossing = BUDGET_THRESHOLDS.map(() => `(("used" - ?) * 100 < ? AND ? <= "used" * 100)`).join(" OR ");
  const where = budgets.map(() => `("offerId" = ? AND "windowKey" = ? AND "scope" = ? AND (${crossing}))`).join(" OR ");
  const params = budgets.flatMap((t) => [
    t.offerId,
    t.windowKey,
    t.scope,
    ...BUDGET_THRESHOLDS.flatMap((threshold) => [t.delta, threshold * t.cap, threshold * t.cap]),
  ]);
  const matches = (row: Row) => {
    const used = decodeUsed(row);
    const take = budgets.find((t) => t.offerId === used.offerId && t.windowKey === used.windowKey && t.scope === used.scope);
    return take !== undefined && crossedThresholds([{ ...take, used: used.used }]).length > 0;
  };
  return { where, params, matches };
}

type OfferType = "coupon" | "legacy_coupon" | "promotion" | "pos_campaign";

/** The outbox events of the crossings (each with its dedup key). */
export function thresholdEvents(
  tenantId: string,
  crossings: readonly ThresholdCrossing[],
  offerTypeOf: (offerId: string) => OfferType,
): OutboxEventInput<"budget.threshold">[] {
  return crossings.map((c) => ({
    tenantId,
    type: "budget.threshold",
    data: {
      offer: { id: c.offerId, type: offerTypeOf(c.offerId) },
      currency: c.currency,
      window: c.windowKey === "" ? null : c.windowKey,
      threshold: c.threshold,
      used: toMajor(c.usedMinor, c.currency),
      budget: toMajor(c.budgetMinor, c.currency),
    },
    dedupKey: `budget.threshold:${c.offerId}:${c.currency}:${c.windowKey}:${c.threshold}`,
  }));
}
