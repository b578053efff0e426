// The RateLimit headers of requests that spend nothing read the budgets as this instance last saw them
// (lib/rate-limits/recent-buckets.ts): a bucket this instance wrote or read within FRESH_MS is not read
// again, and another instance's spending shows once that has passed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reserveRateLimitUnits } from "@/lib/rate-limits/queries";
import { FRESH_MS, noteBuckets, recentBuckets } from "@/lib/rate-limits/recent-buckets";

const WINDOW_SECONDS = 60;

describe("recent rate-limit buckets", () => {
  it("answer what this instance saw within FRESH_MS, and the database after it", async () => {
    const key = `test:${randomUUID()}`;
    const t0 = Date.now();
    const [first] = await reserveRateLimitUnits([key], 2, 100, WINDOW_SECONDS, t0);
    noteBuckets([first], t0);
    expect(await recentBuckets([key], WINDOW_SECONDS, t0 + 1)).toEqual([{ count: 2, windowStartMs: t0 }]);

    // Another instance spends 3 more units: this one's headers show them once its note is FRESH_MS old.
    await reserveRateLimitUnits([key], 3, 100, WINDOW_SECONDS, t0 + 2);
    expect(await recentBuckets([key], WINDOW_SECONDS, t0 + FRESH_MS - 1)).toEqual([{ count: 2, windowStartMs: t0 }]);
    expect(await recentBuckets([key], WINDOW_SECONDS, t0 + FRESH_MS)).toEqual([{ count: 5, windowStartMs: t0 }]);
  });

  it("read every key again when one of them is not fresh, and answer in the keys' order", async () => {
    const [seenKey, newKey] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    const now = Date.now();
    noteBuckets([{ key: seenKey, count: 1, windowStartMs: now }], now);
    await reserveRateLimitUnits([seenKey, newKey], 4, 100, WINDOW_SECONDS, now);
    expect(await recentBuckets([newKey, seenKey], WINDOW_SECONDS, now + 1)).toEqual([
      { count: 4, windowStartMs: now },
      { count: 4, windowStartMs: now },
    ]);
  });
});
