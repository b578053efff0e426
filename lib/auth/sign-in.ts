// Checks an email and password, with failed attempts rate-limited per email and per client address.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dummyHash, verifyPassword } from "@/lib/auth/passwords";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "@/lib/rate-limit";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid_credentials" | "rate_limited"; retryAfterSeconds?: number };

export async function checkCredentials(emailInput: string, password: string, clientAddress: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const { SIGNIN_MAX_FAILURES: maxFailures, SIGNIN_WINDOW_SECONDS: window } = env();
  const keys = [`signin:email:${email}`, `signin:ip:${clientAddress}`];
  for (const key of keys) {
    const state = await peekRateLimit(key, window);
    // The address limit is looser: several people may share one office address.
    const limit = key.startsWith("signin:ip:") ? maxFailures * 4 : maxFailures;
    if (state.count >= limit) return { ok: false, reason: "rate_limited", retryAfterSeconds: state.retryAfterSeconds };
  }
  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  if (!user || !valid) {
    await Promise.all(keys.map((key) => hitRateLimit(key, window)));
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearRateLimit(keys[0]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
