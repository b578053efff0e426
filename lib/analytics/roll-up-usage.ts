// Keeps the usage rollups (AnalyticsUsageHour, AnalyticsCodeDay, and AnalyticsOrderHour through
// roll-up-orders.ts) up to date from the source of uses
// (queries/source.ts): each run reads the uses that began or were undone since the cursor, adds +1 to
// the buckets of the first and -1 to those of the second (a revert subtracts from the hour the use was
// counted in), and moves the cursor, all in one transaction. A second run over the same window, on any
// instance, finds the cursor moved and rolls back, so each change is counted once.
//
// The window ends LAG_MS before now: a use is written with its createdAt when its transaction starts
// and becomes visible at commit, so the lag covers transactions that commit late. The runner runs the
// job every 15 s: a figure is at most LAG_MS + 15 s + the run's own time old (well under 60 s).
import { DAY_MS, HOUR_MS } from "@/lib/analytics/buckets";
import { USAGE_GRAINS } from "@/lib/analytics/grains";
import {
  addCodeDays,
  addUsageHours,
  moveCursor,
  readCursor,
  refreshUsageRollupTables,
  type CodeDayDelta,
  type UsageHourDelta,
} from "@/lib/analytics/queries/rollups";
import { oldestCartOrder, readCartOrders } from "@/lib/analytics/queries/order-uses";
import { oldestUsageChange, readUsageChanges, timeAfterChanges, type UsageChange } from "@/lib/analytics/queries/source";
import { rollUpOrders } from "@/lib/analytics/roll-up-orders";
import { driver, type Statements } from "@/lib/db/driver";
import { yieldToEventLoop } from "@/lib/event-loop";

export const USAGE_CURSOR = "redemptions";
export const LAG_MS = 5_000;
/**
 * One transaction reads at most this much of the source's time: a first run over a long ledger (5M rows
 * in bench:analytics), or a run after the job stood still, catches up window by window, each committed
 * with its cursor move, instead of holding every change of months in memory and one transaction.
 */
export const MAX_WINDOW_MS = DAY_MS;
/**
 * …and at most about this many changes, so a burst of checkouts (or a first run) is rolled up in short
 * transactions: on SQLite a run holds the one write turn that every redemption waits for, and
 * bench:checkout measured a 1.4 s redemption stall behind one window of ~15,000 changes. A change costs
 * the run 0.05–0.1 ms (bench:analytics), so a window holds the turn for tens of milliseconds.
 */
export const MAX_WINDOW_CHANGES = 250;
/**
 * Source changes this instance rolls up between two refreshes of the rollup tables' statistics and
 * visibility (Driver.refreshAfterBulkWrites): a first run over a long ledger refreshes once, at its end; a
 * steady stream of checkouts about every 100,000 uses. Each instance counts its own runs, so with several
 * a refresh comes later, never more often.
 */
export const REFRESH_AFTER_CHANGES = 100_000;
let changesSinceRefresh = 0;
const SEP = "\u0001";

export type UsageDeltas = { hours: UsageHourDelta[]; codeDays: CodeDayDelta[] };

/** The rollup changes that a window's source changes make (pure). */
export function usageDeltas(changes: readonly UsageChange[], since: Date, until: Date): UsageDeltas {
  const hours = new Map<string, UsageHourDelta>();
  const codeDays = new Map<string, CodeDayDelta>();
  const inWindow = (d: Date | null) => d !== null && d.getTime() >= since.getTime() && d.getTime() < until.getTime();
  for (const change of changes) {
    const sign = (inWindow(change.createdAt) ? 1 : 0) - (inWindow(change.revertedAt) ? 1 : 0);
    if (sign === 0) continue;
    const hour = Math.floor(change.createdAt.getTime() / HOUR_MS);
    const storeId = change.storeId ?? "";
    const channel = change.channel ?? "";
    const currency = change.currency ?? "";
    for (const grain of USAGE_GRAINS) {
      const row = {
        tenantId: change.tenantId,
        grain,
        hour,
        offerId: grain === "full" || grain === "offer" ? change.offerId : "",
        storeId: grain === "full" || grain === "store" ? storeId : "",
        channel: grain === "full" || grain === "channel" ? channel : "",
        // Every grain keeps the currency: amounts of different currencies never add up.
        currency,
      };
      const hourKey = [row.tenantId, grain, hour, row.offerId, row.storeId, row.channel, row.currency].join(SEP);
      const h = hours.get(hourKey) ?? { ...row, redemptions: 0, amountMinor: 0 };
      h.redemptions += sign;
      h.amountMinor += sign * change.amountMinor;
      hours.set(hourKey, h);
    }
    const day = Math.floor(change.createdAt.getTime() / DAY_MS);
    const dayKey = [change.tenantId, day, change.offerId, change.code].join(SEP);
    const c = codeDays.get(dayKey) ?? { tenantId: change.tenantId, day, offerId: change.offerId, code: change.code, redemptions: 0 };
    c.redemptions += sign;
    codeDays.set(dayKey, c);
  }
  return {
    hours: [...hours.values()].filter((d) => d.redemptions !== 0 || d.amountMinor !== 0),
    codeDays: [...codeDays.values()].filter((d) => d.redemptions !== 0),
  };
}

export type RollUpLimits = { windowChanges?: number; refreshAfterChanges?: number };

/**
 * One rollup run up to `now - LAG_MS`, window by window; answers how many source changes it read (null:
 * another run moved the cursor first, and this one stopped). The limits are the module's constants but
 * in tests.
 */
export async function rollUpUsage(now = new Date(), limits: RollUpLimits = {}): Promise<number | null> {
  const until = new Date(now.getTime() - LAG_MS);
  const read = await rollUpWindows(until, limits.windowChanges ?? MAX_WINDOW_CHANGES);
  changesSinceRefresh += read ?? 0;
  if (changesSinceRefresh >= (limits.refreshAfterChanges ?? REFRESH_AFTER_CHANGES)) {
    changesSinceRefresh = 0;
    await refreshUsageRollupTables(driver());
  }
  return read;
}

async function rollUpWindows(until: Date, windowChanges: number): Promise<number | null> {
  let read = 0;
  for (;;) {
    const step = await rollUpWindow(until, windowChanges);
    if (step === null) return read === 0 ? null : read;
    read += step.read;
    if (step.done) return read;
    await yieldToEventLoop();
  }
}

async function rollUpWindow(until: Date, windowChanges: number): Promise<{ read: number; done: boolean } | null> {
  return driver()
    .transaction(async (tx) => {
      const cursor = await readCursor(tx, USAGE_CURSOR);
      // A first run starts at the oldest use (an empty source: at `until`, where the cursor then rests).
      const since = cursor ?? (await oldestChange(tx)) ?? until;
      if (cursor && since.getTime() >= until.getTime()) return { read: 0, done: true };
      const end = await windowEnd(tx, since, until, windowChanges);
      const changes = await readUsageChanges(tx, since, end);
      const deltas = usageDeltas(changes, since, end);
      await addUsageHours(tx, deltas.hours);
      await addCodeDays(tx, deltas.codeDays);
      await rollUpOrders(tx, [...changes, ...(await readCartOrders(tx, since, end))], since, end);
      if (!(await moveCursor(tx, USAGE_CURSOR, cursor, end))) throw new CursorMovedError();
      return { read: changes.length, done: end.getTime() >= until.getTime() };
    })
    .catch((error: unknown) => {
      if (error instanceof CursorMovedError) return null;
      throw error;
    });
}

/**
 * Where a window from `since` ends: at `until`, a day later, or before the change that would make it
 * hold more than `windowChanges` (MAX_WINDOW_CHANGES, smaller in tests), whichever comes first. Changes
 * that share one millisecond stay in one window, however many they are, so the cursor always moves.
 */
async function windowEnd(tx: Statements, since: Date, until: Date, windowChanges: number): Promise<Date> {
  const limit = Math.min(until.getTime(), since.getTime() + MAX_WINDOW_MS);
  const crowded = await timeAfterChanges(tx, since, windowChanges);
  if (crowded === null || crowded.getTime() >= limit) return new Date(limit);
  return new Date(Math.max(crowded.getTime(), since.getTime() + 1));
}

/** The earliest change of either source: a use, or the cart of an order that used no offer. */
async function oldestChange(tx: Statements): Promise<Date | null> {
  const times = [await oldestUsageChange(tx), await oldestCartOrder(tx)].filter((d) => d !== null);
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
}

class CursorMovedError extends Error {}
