// Guessing defence (issue 5 §6): lookups of codes that do not exist are counted per API token (or console
// user) and per client address in a one-minute window shared by all instances (lib/rate-limit.ts). Past
// UNKNOWN_CODE_LOOKUPS_PER_MINUTE on either key the caller gets 429 with Retry-After, so nobody can walk a
// code space, while known codes never count against anyone.
//
// Routes that look codes up (apply to cart, redeem, verify or redeem a printed serial) wrap the lookup
// in `guardCodeLookups`; the lower-level `assertUnknownCodeBudget` / `recordUnknownCodeLookup` are
// exported for tests.
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { hitRateLimits, peekRateLimits, type RateLimitState } from "@/lib/rate-limit";

const WINDOW_SECONDS = 60;

function keys(tokenOrUserKey: string, clientAddress: string): string[] {
  return [`unknown-code:caller:${tokenOrUserKey}`, `unknown-code:address:${clientAddress || "unknown"}`];
}

function limited(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", `Too many lookups of unknown codes; try again in ${retryAfterSeconds} s`, { details: { retryAfterSeconds } });
}

/** Throws `rate_limited` (429 + Retry-After) when the caller or the address has used up this minute's budget. */
export async function assertUnknownCodeBudget(tokenOrUserKey: string, clientAddress: string, now = Date.now()): Promise<void> {
  const limit = env().UNKNOWN_CODE_LOOKUPS_PER_MINUTE;
  for (const state of await peekRateLimits(keys(tokenOrUserKey, clientAddress), WINDOW_SECONDS, now)) {
    if (state.count >= limit) throw limited(state.retryAfterSeconds);
  }
}

/** Counts `lookups` lookups of unknown codes against both keys (one statement); returns the higher of the two counts. */
export async function recordUnknownCodeLookup(tokenOrUserKey: string, clientAddress: string, now = Date.now(), lookups = 1): Promise<RateLimitState> {
  const states = await hitRateLimits(keys(tokenOrUserKey, clientAddress), WINDOW_SECONDS, now, lookups);
  return states.reduce((a, b) => (b.count > a.count ? b : a));
}

/** The client address as the load balancer reports it (first X-Forwarded-For hop), else X-Real-IP. */
export function clientAddressOf(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}

/** Codes a refusal reports as unknown: causes `not_found` (coupon codes) or `erply_1040` (never-issued serials). */
function unknownCodesIn(error: unknown): number {
  if (!isAppError(error)) return 0;
  return error.causes.filter((cause) => cause.code === "not_found" || cause.code === "erply_1040").length;
}

/**
 * Runs a code lookup under the guessing defence: refused up front (429) when the caller or its address
 * has no budget left, then every unknown code counts: those the answer reports (`unknownIn`) and those
 * a refusal names.
 */
export async function guardCodeLookups<T>(actor: Actor, request: Request, lookup: () => Promise<T>, unknownIn: (answer: T) => number = () => 0): Promise<T> {
  const caller = `${actor.type}:${actor.id}`;
  const address = clientAddressOf(request);
  await assertUnknownCodeBudget(caller, address);
  const record = async (count: number) => {
    if (count > 0) await recordUnknownCodeLookup(caller, address, Date.now(), count);
  };
  try {
    const answer = await lookup();
    await record(unknownIn(answer));
    return answer;
  } catch (error) {
    await record(unknownCodesIn(error));
    throw error;
  }
}
