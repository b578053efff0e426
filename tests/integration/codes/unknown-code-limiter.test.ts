// The guessing defence over the shared rate-limit table: per caller and per address, configurable limit,
// 429 with Retry-After once the minute's budget is spent, a fresh budget in the next window.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { assertUnknownCodeBudget, clientAddressOf, recordUnknownCodeLookup } from "@/lib/codes/unknown-code-limiter";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

const limit = () => env().UNKNOWN_CODE_LOOKUPS_PER_MINUTE;

async function spend(caller: string, address: string, times: number, now: number) {
  for (let i = 0; i < times; i++) await recordUnknownCodeLookup(caller, address, now);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("unknown-code limiter", () => {
  it("allows the configured number of unknown lookups per minute, then answers 429 with Retry-After", async () => {
    const caller = `token:${randomUUID()}`;
    const address = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const now = Date.now();
    await spend(caller, address, limit() - 1, now);
    await assertUnknownCodeBudget(caller, address, now);
    await recordUnknownCodeLookup(caller, address, now);
    const error = await refusal(assertUnknownCodeBudget(caller, address, now + 15_000));
    expect(error.code).toBe("rate_limited");
    expect(error.details.retryAfterSeconds).toBe(45);
    const response = errorResponse(error, "req-1");
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("45");
    // The next window starts fresh.
    await assertUnknownCodeBudget(caller, address, now + 61_000);
  });

  it("limits per address across callers, and per caller across addresses", async () => {
    const now = Date.now();
    const address = `192.168.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await spend(`token:${randomUUID()}`, address, limit(), now);
    expect((await refusal(assertUnknownCodeBudget(`token:${randomUUID()}`, address, now))).status).toBe(429);

    const caller = `user:${randomUUID()}`;
    for (let i = 0; i < limit(); i++) await recordUnknownCodeLookup(caller, `172.16.0.${i % 250}-${randomUUID()}`, now);
    expect((await refusal(assertUnknownCodeBudget(caller, `fresh-${randomUUID()}`, now))).status).toBe(429);
  });

  it("keeps budgets of different callers and addresses apart", async () => {
    const now = Date.now();
    const busy = `token:${randomUUID()}`;
    await spend(busy, `a-${randomUUID()}`, limit(), now);
    await assertUnknownCodeBudget(`token:${randomUUID()}`, `b-${randomUUID()}`, now);
  });

  it("reads the client address from the proxy headers", () => {
    expect(clientAddressOf(new Request("http://x", { headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.1" } }))).toBe("203.0.113.9");
    expect(clientAddressOf(new Request("http://x", { headers: { "x-real-ip": "198.51.100.4" } }))).toBe("198.51.100.4");
    expect(clientAddressOf(new Request("http://x"))).toBe("unknown");
  });
});
