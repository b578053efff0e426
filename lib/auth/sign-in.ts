// Checks an email and password, with failed attempts rate-limited per email and per client address.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dummyHash, verifyPassword } from "@/lib/auth/passwords";
import { rateLimitHeaders, type RateLimitHeaders } from "@/lib/rate-limits/headers";
import { clearRateLimit, peekRateLimits, refundRateLimitUnits, reserveRateLimitUnits } from "@/lib/rate-limits/queries";
import { textProblem } from "@/lib/validation/text";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid_credentials" | "rate_limited"; retryAfterSeconds?: number };

/** No account has an email with NUL or a lone surrogate, and neither may reach a query or a bucket key. */
const normalisedEmail = (email: string) => (textProblem(email) ? "" : email.trim().normalize("NFC").toLowerCase());

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

/**
 * Each attempt first takes one unit of both failure budgets, atomically (lib/rate-limits/queries.ts), so
 * concurrent guesses on any number of instances never get past the limit; a right password gives the
 * units back (and clears the email's failures), a wrong one keeps them: they are the failure counted.
 */
export async function checkCredentials(emailInput: string, password: string, clientAddress: string): Promise<SignInResult> {
  if (textProblem(emailInput) || textProblem(password)) return { ok: false, reason: "invalid_credentials" };
  const email = normalisedEmail(emailInput);
  const { windowSeconds, budgets } = signInBudgets(email, clientAddress);
  const keys = budgets.map((budget) => budget.key);
  const reserved = await reserveRateLimitUnits(
    keys,
    1,
    budgets.map((budget) => budget.quota),
    windowSeconds,
  );
  const giveBack = (which: readonly string[]) =>
    refundRateLimitUnits(
      reserved.filter((r) => which.includes(r.key)).map((r) => ({ key: r.key, units: r.granted, windowStartMs: r.windowStartMs })),
    );
  const refused = reserved.filter((r) => r.granted === 0);
  if (refused.length > 0) {
    await giveBack(keys);
    const now = Date.now();
    const retryAfterSeconds = Math.max(1, ...refused.map((r) => Math.ceil((r.windowStartMs + windowSeconds * 1000 - now) / 1000)));
    return { ok: false, reason: "rate_limited", retryAfterSeconds };
  }
  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  if (!user || !valid) return { ok: false, reason: "invalid_credentials" };
  await Promise.all([clearRateLimit(keys[0]), giveBack([keys[1]])]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** RateLimit-Policy / RateLimit for the answer to a sign-in attempt, as the budgets stand after it. */
export async function signInRateLimitHeaders(emailInput: string, clientAddress: string): Promise<RateLimitHeaders> {
  const { windowSeconds, budgets } = signInBudgets(normalisedEmail(emailInput), clientAddress);
  const states = await peekRateLimits(
    budgets.map((budget) => budget.key),
    windowSeconds,
  );
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
