// Checks an email and password, with failed attempts rate-limited per email and per client address.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dummyHash, verifyPassword } from "@/lib/auth/passwords";
import { rateLimitHeaders, type RateLimitHeaders } from "@/lib/rate-limits/headers";
import { clearRateLimit, hitRateLimits, peekRateLimits } from "@/lib/rate-limits/queries";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid_credentials" | "rate_limited"; retryAfterSeconds?: number };

const normalisedEmail = (email: string) => email.trim().toLowerCase();

/** The two failure budgets of a sign-in; the address one is looser: several people may share one office address. */
function signInBudgets(email: string, clientAddress: string) {
  const { SIGNIN_MAX_FAILURES: maxFailures, SIGNIN_WINDOW_SECONDS: windowSeconds } = env();
  return {
    windowSeconds,
    budgets: [
      { policy: "signin-failures-per-email", key: `signin:email:${email}`, quota: maxFailures },
      { policy: "signin-failures-per-address", key: `signin:ip:${clientAddress}`, quota: maxFailures * 4 },
    ],
  };
}

export async function checkCredentials(emailInput: string, password: string, clientAddress: string): Promise<SignInResult> {
  const email = normalisedEmail(emailInput);
  const { windowSeconds, budgets } = signInBudgets(email, clientAddress);
  const keys = budgets.map((budget) => budget.key);
  const states = await peekRateLimits(keys, windowSeconds);
  for (const [i, state] of states.entries()) {
    if (state.count >= budgets[i].quota) return { ok: false, reason: "rate_limited", retryAfterSeconds: state.retryAfterSeconds };
  }
  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  if (!user || !valid) {
    await hitRateLimits(keys, windowSeconds);
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearRateLimit(keys[0]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** RateLimit-Policy / RateLimit for the answer to a sign-in attempt, as the budgets stand after it. */
export async function signInRateLimitHeaders(emailInput: string, clientAddress: string): Promise<RateLimitHeaders> {
  const { windowSeconds, budgets } = signInBudgets(normalisedEmail(emailInput), clientAddress);
  const states = await peekRateLimits(budgets.map((budget) => budget.key), windowSeconds);
  return rateLimitHeaders(
    budgets.map((budget, i) => ({
      policy: budget.policy,
      quota: budget.quota,
      windowSeconds,
      remaining: budget.quota - states[i].count,
      ...(states[i].retryAfterSeconds > 0 ? { resetSeconds: states[i].retryAfterSeconds } : {}),
    })),
  );
}
