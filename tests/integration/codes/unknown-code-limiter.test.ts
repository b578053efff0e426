// The guessing defence over the shared rate-limit table: units reserved atomically before any lookup
// (exactly the limit per window under concurrent bursts), given back for codes that exist, budgets per
// caller and per address inside the caller's tenant, and 429 with Retry-After and RateLimit headers.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { guardCodeLookups, UNKNOWN_CODE_WINDOW_SECONDS, unknownCodeBudgets } from "@/lib/codes/unknown-code-limiter";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { peerStamp, PEER_HEADER } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/errors";
import { refundRateLimitUnits, reserveRateLimitUnits } from "@/lib/rate-limits/queries";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const limit = () => env().UNKNOWN_CODE_LOOKUPS_PER_MINUTE;
const freshKey = () => `test:${randomUUID()}`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A request as the stamped server would hand it over, from `address`. */
function requestFrom(address: string): Request {
  return new Request("http://couponsmith.test/api/v1/promotions/cart", {
    method: "POST",
    headers: { [PEER_HEADER]: peerStamp(undefined, address) },
  });
}

const cart = (codes: string[]) => ({ currency: "EUR", couponCodes: codes, items: [{ productId: "SHOE", quantity: 1, price: 100 }] });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("rate-limit reservations", () => {
  it("grant exactly the limit to a burst of 200 concurrent single-unit reservations", async () => {
    const keys = [freshKey(), freshKey()];
    const now = Date.now();
    const grants = await Promise.all(Array.from({ length: 200 }, () => reserveRateLimitUnits(keys, 1, 37, 60, now)));
    expect(sum(grants.map((r) => r[0].granted))).toBe(37);
    expect(sum(grants.map((r) => r[1].granted))).toBe(37);
    // Every reservation got all it asked from both keys or nothing from either: the keys move in step.
    expect(grants.every((r) => r[0].granted === r[1].granted)).toBe(true);
    expect(Math.max(...grants.map((r) => r[0].count))).toBe(37);
  });

  it("grant a 50-unit reservation whole or not at all, and the rest of the budget to smaller ones", async () => {
    const keys = [freshKey()];
    const now = Date.now();
    const carts = await Promise.all(Array.from({ length: 10 }, () => reserveRateLimitUnits(keys, 50, 120, 60, now)));
    expect(carts.map((r) => r[0].granted).sort((a, b) => b - a)).toEqual([50, 50, 0, 0, 0, 0, 0, 0, 0, 0]);
    const singles = await Promise.all(Array.from({ length: 40 }, () => reserveRateLimitUnits(keys, 1, 120, 60, now)));
    expect(sum(singles.map((r) => r[0].granted))).toBe(20);
    // More than the whole limit is never granted, even in a fresh window.
    expect((await reserveRateLimitUnits([freshKey()], 121, 120, 60, now))[0].granted).toBe(0);
  });

  it("never deadlock when reservations and refunds over the same keys interleave", async () => {
    const keys = [freshKey(), freshKey()].sort();
    const now = Date.now();
    // The later key's bucket is created first, so a statement that locks buckets in table order would
    // take them in the opposite order to one that locks them in key order.
    await reserveRateLimitUnits([keys[1]], 0, 1000, 60, now);
    await reserveRateLimitUnits([keys[0]], 0, 1000, 60, now);
    const rounds = await Promise.all(
      Array.from({ length: 100 }, async () => {
        const taken = await reserveRateLimitUnits(keys, 1, 1000, 60, now);
        await refundRateLimitUnits(taken.map((r) => ({ key: r.key, units: r.granted, windowStartMs: r.windowStartMs })));
        return taken;
      }),
    );
    expect(rounds.every((taken) => taken.every((r) => r.granted === 1))).toBe(true);
    // Every unit taken was given back.
    expect((await reserveRateLimitUnits(keys, 1000, 1000, 60, now)).map((r) => r.granted)).toEqual([1000, 1000]);
  });

  it("give refunded units back to the same window only, and start a new window after the old one ends", async () => {
    const key = freshKey();
    const now = Date.now();
    const [first] = await reserveRateLimitUnits([key], 10, 10, 60, now);
    expect(first).toMatchObject({ granted: 10, count: 10 });
    expect((await reserveRateLimitUnits([key], 1, 10, 60, now + 1000))[0].granted).toBe(0);
    const refunded = await refundRateLimitUnits([{ key, units: 4, windowStartMs: first.windowStartMs }]);
    expect(refunded.get(key)?.count).toBe(6);
    expect((await reserveRateLimitUnits([key], 4, 10, 60, now + 2000))[0].granted).toBe(4);
    // The next window: a fresh budget, and a late refund for the old window changes nothing.
    const [next] = await reserveRateLimitUnits([key], 3, 10, 60, now + 60_000);
    expect(next).toMatchObject({ granted: 3, count: 3, windowStartMs: now + 60_000 });
    expect((await refundRateLimitUnits([{ key, units: 3, windowStartMs: first.windowStartMs }])).size).toBe(0);
    expect((await reserveRateLimitUnits([key], 7, 10, 60, now + 61_000))[0]).toMatchObject({ granted: 7, count: 10 });
  });
});

describe("guardCodeLookups", () => {
  it("reserves before it looks up: unknown codes spend the budget, known codes are given back, then 429 before any lookup", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["KNOWN"] });
    const actor = t.actors.admin;
    const request = requestFrom(`203.0.113.${Math.floor(Math.random() * 250)}`);
    const price = (codes: string[]) =>
      guardCodeLookups(
        actor,
        request,
        codes,
        () => priceCartForTenant(t.tenantId, cart(codes)),
        (p) => p.unknownCodes,
      );

    const known = await price(["KNOWN"]);
    expect(known.answer.cart.totals.discount).toBe(5);
    expect(known.headers["RateLimit-Policy"]).toBe(
      `"unknown-codes-per-caller";q=${limit()};w=60, "unknown-codes-per-address";q=${limit()};w=60`,
    );
    expect(known.headers.RateLimit).toMatch(
      new RegExp(`^"unknown-codes-per-caller";r=${limit()};t=\\d+, "unknown-codes-per-address";r=${limit()};t=\\d+$`),
    );

    const guesses = Array.from({ length: limit() - 2 }, (_, i) => `GUESS-${i}`);
    expect((await price(["KNOWN", ...guesses])).answer.unknownCodes).toHaveLength(limit() - 2);
    // Two units left: two new guesses fit, three are refused whole before any lookup.
    expect((await refusal(price(["GUESS-A", "GUESS-B", "GUESS-C"]))).code).toBe("rate_limited");
    const lastOnes = await price(["KNOWN", "GUESS-A", "GUESS-B"]); // exactly the limit spent; the known code costs nothing
    expect(lastOnes.answer.cart.totals.discount).toBe(5);
    expect(lastOnes.headers.RateLimit).toMatch(/^"unknown-codes-per-caller";r=0;t=\d+, "unknown-codes-per-address";r=0;t=\d+$/);
    // With the budget spent, a cart naming only the code already seen to exist is still priced.
    expect((await price(["KNOWN"])).answer.cart.totals.discount).toBe(5);

    let lookedUp = false;
    const error = await refusal(guardCodeLookups(actor, request, ["NEVER-SEEN"], async () => (lookedUp = true)));
    expect(lookedUp).toBe(false);
    expect(error.code).toBe("rate_limited");
    const response = errorResponse(error, "req-1");
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(UNKNOWN_CODE_WINDOW_SECONDS);
    expect(response.headers.get("RateLimit")).toMatch(/r=0;t=\d+/);
    expect(response.headers.get("RateLimit-Policy")).toContain(`q=${limit()};w=60`);
  });

  it("limits per address across callers of a tenant, and per caller across addresses", async () => {
    const t = await makeTenant();
    const address = `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    const none = async () => ({ unknown: true });
    const guesses = Array.from({ length: limit() }, (_, i) => `GUESS-${i}`);
    await guardCodeLookups(t.actors.admin, requestFrom(address), guesses, none, () => guesses);
    expect((await refusal(guardCodeLookups(t.actors.marketer, requestFrom(address), ["ONE-MORE"], none))).status).toBe(429);

    const other = await makeTenant();
    await guardCodeLookups(other.actors.admin, requestFrom(`a-${randomUUID()}`), guesses, none, () => guesses);
    expect((await refusal(guardCodeLookups(other.actors.admin, requestFrom(`b-${randomUUID()}`), ["ONE-MORE"], none))).status).toBe(429);
  });

  it("never lets one tenant spend another tenant's budget, even from the same address", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await makeOffer(a.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["VALID"] });
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    // Tenant B's viewer spends its whole budget on guesses from the shared address.
    const guesses = Array.from({ length: limit() }, (_, i) => `B-GUESS-${i}`);
    await guardCodeLookups(
      b.actors.viewer,
      requestFrom(address),
      guesses,
      () => priceCartForTenant(b.tenantId, cart(guesses)),
      (p) => p.unknownCodes,
    );
    expect((await refusal(guardCodeLookups(b.actors.viewer, requestFrom(address), ["B-ONE-MORE"], async () => 0))).status).toBe(429);
    // Tenant A's carts from the same address are untouched.
    const priced = await guardCodeLookups(
      a.actors.admin,
      requestFrom(address),
      ["VALID"],
      () => priceCartForTenant(a.tenantId, cart(["VALID"])),
      (p) => p.unknownCodes,
    );
    expect(priced.answer.cart.totals.discount).toBe(5);
    expect(priced.headers.RateLimit).toContain(`"unknown-codes-per-address";r=${limit()}`);
    expect(unknownCodeBudgets(a.actors.admin, address).map((budget) => budget.key)).not.toEqual(
      unknownCodeBudgets(b.actors.admin, address).map((budget) => budget.key),
    );
  });

  it("gives every unit back when the lookup fails for a reason other than unknown codes, with the headers on the error", async () => {
    const t = await makeTenant();
    const request = requestFrom(`conflict-${randomUUID()}`);
    const error = await refusal(
      guardCodeLookups(t.actors.admin, request, ["C-1", "C-2", "C-3"], async () => Promise.reject(new AppError("conflict", "busy"))),
    );
    expect(error.code).toBe("conflict");
    expect(errorResponse(error, "req-2").headers.get("RateLimit")).toContain(`"unknown-codes-per-caller";r=${limit()}`);
    const notFound = await refusal(
      guardCodeLookups(t.actors.admin, request, ["N-1", "N-2", "N-3"], async () =>
        Promise.reject(
          new AppError("not_found", "Unknown code", { causes: [{ field: "codes[0]", message: "unknown", code: "not_found" }] }),
        ),
      ),
    );
    expect(errorResponse(notFound, "req-3").headers.get("RateLimit")).toContain(`"unknown-codes-per-caller";r=${limit() - 1}`);
  });

  it("charges a code seen before that has gone since, after its lookup", async () => {
    const t = await makeTenant();
    const request = requestFrom(`gone-${randomUUID()}`);
    const seen = async () => ({ found: true });
    await guardCodeLookups(t.actors.admin, request, ["WAS-HERE"], seen);
    // The code is deleted: the next lookup runs without a reservation, then pays for the unknown code.
    const gone = await guardCodeLookups(
      t.actors.admin,
      request,
      ["WAS-HERE"],
      async () => ({ found: false }),
      () => ["WAS-HERE"],
    );
    expect(gone.headers.RateLimit).toContain(`"unknown-codes-per-caller";r=${limit() - 1}`);
    // Forgotten again: the next lookup of it reserves first, like any other candidate.
    let lookedUp = false;
    const guesses = Array.from({ length: limit() - 1 }, (_, i) => `G-${i}`);
    await guardCodeLookups(
      t.actors.admin,
      request,
      guesses,
      async () => 0,
      () => guesses,
    );
    const error = await refusal(guardCodeLookups(t.actors.admin, request, ["WAS-HERE"], async () => (lookedUp = true)));
    expect(error.code).toBe("rate_limited");
    expect(lookedUp).toBe(false);
  });
});
