// Guessing defence (issue 5 §6, issue 11): lookups of codes that do not exist are limited to
// UNKNOWN_CODE_LOOKUPS_PER_MINUTE per caller (API token or console user) and per client address, both
// within the caller's tenant, in a fixed window shared by all instances (lib/rate-limits/queries.ts).
// The window opens with the first lookup a key reserves and lasts a minute; then the next one opens.
//
// Reserve, then look up: a request first takes one unit per candidate code (one this instance has not
// seen exist: known-codes.ts) from both budgets, in one atomic statement, all or none. Without them it answers 429 with Retry-After before a single code is
// read. After the lookup the units of codes that turned out to exist are given back, so known codes never
// cost anyone anything, and no burst (of any size, on any number of instances) reads more unknown codes
// than the budget holds. Every answer carries RateLimit-Policy / RateLimit headers (lib/rate-limits/headers.ts).
//
// Routes that look codes up (apply to cart, redeem, verify or redeem a printed serial) wrap the lookup in
// `guardCodeLookups` and put the returned headers on their answer.
import type { Actor } from "@/lib/auth/actor";
import { TokenLiveness } from "@/lib/auth/token-liveness";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/http/client-address";
import { rateLimitHeaders, type RateLimitHeaders } from "@/lib/rate-limits/headers";
import { forgetKnownCodes, rememberKnownCodes, unprovenCodes } from "@/lib/codes/known-codes";
import { refundRateLimitUnits, reserveRateLimitUnits, type Reservation } from "@/lib/rate-limits/queries";
import { noteBuckets, recentBuckets, type Bucket } from "@/lib/rate-limits/recent-buckets";

export const UNKNOWN_CODE_WINDOW_SECONDS = 60;

type Budget = { policy: string; key: string };

/** The two budgets a lookup draws on, scoped to the caller's tenant so no other tenant can spend them. */
export function unknownCodeBudgets(actor: Pick<Actor, "tenantId" | "type" | "id">, clientAddress: string): Budget[] {
  return [
    { policy: "unknown-codes-per-caller", key: `unknown-code:${actor.tenantId}:caller:${actor.type}:${actor.id}` },
    { policy: "unknown-codes-per-address", key: `unknown-code:${actor.tenantId}:address:${clientAddress}` },
  ];
}

function secondsLeft(bucket: Bucket, now: number): number | undefined {
  const end = bucket.windowStartMs + UNKNOWN_CODE_WINDOW_SECONDS * 1000;
  return end > now ? Math.max(1, Math.ceil((end - now) / 1000)) : undefined;
}

function headersOf(budgets: readonly Budget[], buckets: readonly Bucket[], limit: number, now: number): RateLimitHeaders {
  return rateLimitHeaders(
    budgets.map((budget, i) => {
      const resetSeconds = secondsLeft(buckets[i], now);
      const used = resetSeconds === undefined ? 0 : buckets[i].count;
      return { policy: budget.policy, quota: limit, windowSeconds: UNKNOWN_CODE_WINDOW_SECONDS, remaining: limit - used, resetSeconds };
    }),
  );
}

/** Codes a refusal reports as unknown: causes `not_found` (coupon codes) or `erply_1040` (never-issued serials). */
function unknownCodesIn(error: unknown): number {
  if (!isAppError(error)) return 0;
  return error.causes.filter((cause) => cause.code === "not_found" || cause.code === "erply_1040").length;
}

/** The same error with the rate-limit headers on its answer. */
function withHeaders(error: unknown, headers: RateLimitHeaders): unknown {
  if (!isAppError(error)) return error;
  return new AppError(error.code, error.message, { causes: error.causes, details: { ...error.details, headers } });
}

export type GuardedLookup<T> = { answer: T; headers: RateLimitHeaders };

type Outcome<T> = { ok: true; answer: T; unknown: readonly string[] } | { ok: false; error: unknown; unknownCount: number };

/**
 * Runs a lookup of `codes` under the guessing defence (see the top of this file). `unknownIn` names the
 * unknown codes an answer reports; a thrown refusal counts those its causes name. Units are reserved
 * only for codes this instance has not seen exist (known-codes.ts); a code seen before that turns out
 * unknown is charged after the lookup. Throws `rate_limited` (429, Retry-After, RateLimit headers) when
 * either budget cannot cover the unproven codes; every other error of the lookup is rethrown with the
 * RateLimit headers attached. `liveness`: the request's pending token check (lib/auth/token-liveness.ts),
 * settled before any unit is reserved, since a reservation is a write.
 */
export async function guardCodeLookups<T>(
  actor: Actor,
  request: Request,
  codes: readonly string[],
  lookup: () => Promise<T>,
  unknownIn: (answer: T) => readonly string[] = () => [],
  liveness: TokenLiveness = TokenLiveness.settled(),
): Promise<GuardedLookup<T>> {
  const limit = env().UNKNOWN_CODE_LOOKUPS_PER_MINUTE;
  const budgets = unknownCodeBudgets(actor, clientAddressOf(request));
  const keys = budgets.map((budget) => budget.key);
  const distinct = [...new Set(codes)];
  const unproven = unprovenCodes(actor.tenantId, distinct);
  const settle = (): Promise<Outcome<T>> =>
    lookup().then(
      (answer) => ({ ok: true as const, answer, unknown: unknownIn(answer) }),
      (error: unknown) => ({ ok: false as const, error, unknownCount: unknownCodesIn(error) }),
    );
  const finish = (outcome: Outcome<T>, buckets: readonly Bucket[]): GuardedLookup<T> => {
    const headers = headersOf(budgets, buckets, limit, Date.now());
    if (!outcome.ok) {
      if (outcome.unknownCount > 0) forgetKnownCodes(actor.tenantId, distinct);
      throw withHeaders(outcome.error, headers);
    }
    const unknown = new Set(outcome.unknown);
    forgetKnownCodes(actor.tenantId, [...unknown]);
    rememberKnownCodes(
      actor.tenantId,
      distinct.filter((code) => !unknown.has(code)),
    );
    return { answer: outcome.answer, headers };
  };
  const unknownCount = (outcome: Outcome<T>) => (outcome.ok ? new Set(outcome.unknown).size : outcome.unknownCount);
  // Buckets as a write leaves them serve this instance's next headers (recent-buckets.ts).
  const reserve = async (units: number) => {
    await liveness.ensure();
    const reservations = await reserveRateLimitUnits(keys, units, limit, UNKNOWN_CODE_WINDOW_SECONDS);
    noteBuckets(reservations);
    return reservations;
  };

  if (unproven.length === 0) {
    // Nothing that could be a guess: look up at once, with the budgets for the headers as last seen.
    const [outcome, buckets] = await Promise.all([settle(), recentBuckets(keys, UNKNOWN_CODE_WINDOW_SECONDS)]);
    const late = unknownCount(outcome);
    if (late === 0) return finish(outcome, buckets);
    // Codes seen before that are gone now: charged after the fact (granted or not, the lookup is done).
    return finish(outcome, await reserve(late));
  }

  const candidates = unproven.length;
  const reserved = await reserve(candidates);
  const giveBack = async (unitsOf: (reservation: Reservation) => number): Promise<Bucket[]> => {
    const refunded = await refundRateLimitUnits(reserved.map((r) => ({ key: r.key, units: unitsOf(r), windowStartMs: r.windowStartMs })));
    noteBuckets([...refunded.values()]);
    return reserved.map((r) => refunded.get(r.key) ?? r);
  };

  if (reserved.some((r) => r.granted < candidates)) {
    // One budget said no: the other one's units go back, and nothing is looked up.
    const buckets = await giveBack((r) => r.granted);
    const now = Date.now();
    const retryAfterSeconds = Math.max(1, ...reserved.filter((r) => r.granted < candidates).map((r) => secondsLeft(r, now) ?? 1));
    const message =
      candidates > limit
        ? `This request names ${candidates} codes; at most ${limit} unknown codes may be looked up per minute, so send fewer at once`
        : `Too many lookups of unknown codes; try again in ${retryAfterSeconds} s`;
    throw new AppError("rate_limited", message, { details: { retryAfterSeconds, headers: headersOf(budgets, buckets, limit, now) } });
  }

  const outcome = await settle();
  const unknown = unknownCount(outcome);
  if (unknown > candidates) {
    // Codes seen before that are gone now, on top of the unproven ones: charge the difference.
    return finish(outcome, await reserve(unknown - candidates));
  }
  const known = candidates - unknown;
  return finish(outcome, known > 0 ? await giveBack(() => known) : reserved);
}
