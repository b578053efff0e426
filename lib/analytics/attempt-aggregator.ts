// Pricing outcomes (applied, or the reject reason) per tenant, offer and hour, without a write per
// request: each instance adds them up in memory and flushes every FLUSH_EVERY_MS in one upsert that
// adds its counts to the rows of AnalyticsAttemptHour (several instances add to the same rows), and
// once more when the process is told to stop. A failed flush keeps its counts for the next one.
// Cost on the hot path: one Map update per trace entry (bench:analytics, analytics.aggregate_us_per_cart).
import { addAttemptHours, type AttemptHourDelta } from "@/lib/analytics/queries/rollups";
import { driver } from "@/lib/db/driver";
import type { DiscountedCart } from "@/lib/pricing";

export const FLUSH_EVERY_MS = 5_000;
const SEP = "\u0001";

type Pending = Map<string, number>;

const state = globalThis as unknown as {
  couponsmithAttempts?: { pending: Pending; timer: NodeJS.Timeout | null; flushing: Promise<number> | null; hooked: boolean };
};

function store() {
  state.couponsmithAttempts ??= { pending: new Map(), timer: null, flushing: null, hooked: false };
  return state.couponsmithAttempts;
}

/**
 * Counts a priced cart's outcomes: every trace entry (automatic promotions and codes) under its offer.
 * Codes that match no offer all count under offer "" (a guessing run must not grow one row per guess).
 */
export function recordPricingOutcomes(tenantId: string, cart: Pick<DiscountedCart, "trace">, now: Date): void {
  const s = store();
  const hour = Math.floor(now.getTime() / 3_600_000);
  for (const entry of cart.trace) {
    const outcome = entry.status === "applied" ? "applied" : (entry.reason ?? "rejected");
    const key = tenantId + SEP + hour + SEP + entry.id + SEP + outcome;
    s.pending.set(key, (s.pending.get(key) ?? 0) + 1);
  }
  if (!s.timer) startFlushing();
}

function toDeltas(pending: Pending): AttemptHourDelta[] {
  return [...pending].map(([key, count]) => {
    const [tenantId, hour, offerId, outcome] = key.split(SEP);
    return { tenantId, hour: Number(hour), offerId, outcome, count };
  });
}

/** Writes the counts gathered so far; answers how many rows it added to. */
export async function flushPricingOutcomes(): Promise<number> {
  const s = store();
  if (s.flushing) await s.flushing.catch(() => undefined);
  if (s.pending.size === 0) return 0;
  const taken = s.pending;
  s.pending = new Map();
  s.flushing = (async () => {
    try {
      const deltas = toDeltas(taken);
      await driver().transaction((tx) => addAttemptHours(tx, deltas));
      return deltas.length;
    } catch (error) {
      for (const [key, count] of taken) s.pending.set(key, (s.pending.get(key) ?? 0) + count);
      throw error;
    } finally {
      s.flushing = null;
    }
  })();
  return s.flushing;
}

/** Rows not yet flushed (tests, the bench). */
export function pendingPricingOutcomes(): number {
  return store().pending.size;
}

/** The counts not yet flushed, as the rows the flush would add (tests). */
export function peekPricingOutcomes(): AttemptHourDelta[] {
  return toDeltas(store().pending);
}

/** Forgets the counts not yet flushed (unit tests and the bench, which have no database to flush to). */
export function discardPricingOutcomes(): void {
  store().pending = new Map();
}

function startFlushing(): void {
  const s = store();
  s.timer = setInterval(() => {
    flushPricingOutcomes().catch((error: unknown) => console.error("analytics: flushing pricing outcomes failed", error));
  }, FLUSH_EVERY_MS);
  // The timer alone must not keep a script or a test process alive.
  s.timer.unref();
  if (s.hooked) return;
  s.hooked = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      // Listening to a signal replaces Node's default exit: raise it again when nobody else (Next's
      // server) handles it, once the counts are written.
      void flushPricingOutcomes()
        .catch(() => undefined)
        .finally(() => {
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
        });
    });
  }
  process.once("beforeExit", () => void flushPricingOutcomes().catch(() => undefined));
}

/** Stops the timer (tests that switch databases); pending counts stay until the next flush. */
export function stopFlushingPricingOutcomes(): void {
  const s = store();
  if (s.timer) clearInterval(s.timer);
  s.timer = null;
}
