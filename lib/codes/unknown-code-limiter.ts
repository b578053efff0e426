// Guessing defence (issue 5 §6, issue 11): lookups of codes that do not exist are limited to
// UNKNOWN_CODE_LOOKUPS_PER_MINUTE per caller (API token or console user) and per client address, both
// within the caller's tenant, in a fixed window shared by all instances (lib/rate-limits/queries.ts).
// The window opens with the first lookup a key reserves and lasts a minute; then the next one opens.
//
// Reserve, then look up: a request first takes one unit per candidate code from both budgets, in one
// atomic statement, all or none. Without them it answers 429 with Retry-After before a single code is
// read. After the lookup the units of codes that turned out to exist are given back, so known codes never
// cost anyone anything, and no burst (of any size, on any number of instances) reads more unknown codes
// than the budget holds. Every answer carries RateLimit-Policy / RateLimit headers (lib/rate-limits/headers.ts).
//
// Routes that look codes up (apply to cart, redeem, verify or redeem a printed serial) wrap the lookup in
// `guardCodeLookups` and put the returned headers on their answer.
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/http/client-address";
import { rateLimitHeaders, type RateLimitHeaders } from "@/lib/rate-limits/headers";
import { peekRateLimits, refundRateLimitUnits, reserveRateLimitUnits, type Reservation } from "@/lib/rate-limits/queries";

export const UNKNOWN_CODE_WINDOW_SECONDS = 60;

type Budget = { policy: string; key: string };

/** The two budgets a lookup draws on, scoped to the caller's tenant so no other tenant can spend them. */
export function unknownCodeBudgets(actor: Pick<Actor, "tenantId" | "type" | "id">, clientAddress: string): Budget[] {
  return [
    { policy: "unknown-codes-per-caller", key: `unknown-code:${actor.tenantId}:caller:${actor.type}:${actor.id}` },
    { policy: "unknown-codes-per-address", key: `unknown-code:${actor.tenantId}:address:${clientAddress}` },
  ];
}

type Bucket = Pick<Reservation, "count" | "windowStartMs">;

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

/**
 * Runs a lookup of `candidates` distinct codes under the guessing defence (see the top of this file).
 * `unknownIn` counts the unknown codes an answer reports; a thrown refusal counts those its causes name.
 * Throws `rate_limited` (429, Retry-After, RateLimit headers) when either budget cannot cover the
 * candidates; every other error of the lookup is rethrown with the RateLimit headers attached.
 */
export async function guardCodeLookups<T>(
  actor: Actor,
  request: Request,
  candidates: number,
  lookup: () => Promise<T>,
  unknownIn: (answer: T) => number = () => 0,
): Promise<GuardedLookup<T>> {
  const limit = env().UNKNOWN_CODE_LOOKUPS_PER_MINUTE;
  const budgets = unknownCodeBudgets(actor, clientAddressOf(request));
  const keys = budgets.map((budget) => budget.key);

  if (candidates <= 0) {
    // Nothing to look up, nothing to reserve: the headers still tell the caller where it stands.
    const [answer, buckets] = await Promise.all([lookup(), peekRateLimits(keys, UNKNOWN_CODE_WINDOW_SECONDS)]);
    return { answer, headers: headersOf(budgets, buckets, limit, Date.now()) };
  }

  const reserved = await reserveRateLimitUnits(keys, candidates, limit, UNKNOWN_CODE_WINDOW_SECONDS);
  const giveBack = async (unitsOf: (reservation: Reservation) => number): Promise<Bucket[]> => {
    const refunded = await refundRateLimitUnits(reserved.map((r) => ({ key: r.key, units: unitsOf(r), windowStartMs: r.windowStartMs })));
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

  const outcome = await lookup().then(
    (answer) => ({ ok: true as const, answer, unknown: unknownIn(answer) }),
    (error: unknown) => ({ ok: false as const, error, unknown: unknownCodesIn(error) }),
  );
  const known = Math.max(0, candidates - outcome.unknown);
  const buckets = known > 0 ? await giveBack(() => known) : reserved;
  const headers = headersOf(budgets, buckets, limit, Date.now());
  if (!outcome.ok) throw withHeaders(outcome.error, headers);
  return { answer: outcome.answer, headers };
}
