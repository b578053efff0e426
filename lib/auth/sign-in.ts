// Checks an email and password, with failed attempts rate-limited per email and per client address.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dummyHash, verifyPassword } from "@/lib/auth/passwords";
import { clearRateLimit, hitRateLimits, peekRateLimits } from "@/lib/rate-limits/queries";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid_credentials" | "rate_limited"; retryAfterSeconds?: number };

export async function checkCredentials(emailInput: string, password: string, clientAddress: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const { SIGNIN_MAX_FAILURES: maxFailures, SIGNIN_WINDOW_SECONDS: window } = env();
  const keys = [`signin:email:${email}`, `signin:ip:${clientAddress}`];
  const [emailState, addressState] = await peekRateLimits(keys, window);
  // The address limit is looser: several people may share one office address.
  for (const [state, limit] of [[emailState, maxFailures], [addressState, maxFailures * 4]] as const) {
    if (state.count >= limit) return { ok: false, reason: "rate_limited", retryAfterSeconds: state.retryAfterSeconds };
  }
  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  if (!user || !valid) {
    await hitRateLimits(keys, window);
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearRateLimit(keys[0]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
