import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { makeTenant, TEST_PASSWORD } from "@/tests/factories/tenant";

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const t = await makeTenant();
    const result = await checkCredentials(t.users.marketer.email.toUpperCase(), TEST_PASSWORD, `ip-${randomUUID()}`);
    expect(result).toMatchObject({ ok: true, user: { email: t.users.marketer.email } });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const t = await makeTenant();
    expect(await checkCredentials(t.users.admin.email, "wrong-password", `ip-${randomUUID()}`)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    expect(await checkCredentials(`nobody-${randomUUID()}@x.test`, TEST_PASSWORD, `ip-${randomUUID()}`)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  it("locks an email out after the configured number of failures, even with the right password", async () => {
    const t = await makeTenant();
    const max = env().SIGNIN_MAX_FAILURES;
    for (let i = 0; i < max; i++) {
      expect(await checkCredentials(t.users.viewer.email, `wrong-${i}`, `ip-${randomUUID()}`)).toMatchObject({
        reason: "invalid_credentials",
      });
    }
    const locked = await checkCredentials(t.users.viewer.email, TEST_PASSWORD, `ip-${randomUUID()}`);
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(locked.ok === false && locked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("counts concurrent wrong guesses exactly: no more than the configured failures get a password check", async () => {
    const t = await makeTenant();
    const max = env().SIGNIN_MAX_FAILURES;
    const address = `ip-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 4 * max }, (_, i) => checkCredentials(t.users.marketer.email, `wrong-${i}`, address)),
    );
    expect(results.filter((r) => r.ok === false && r.reason === "invalid_credentials")).toHaveLength(max);
    expect(results.filter((r) => r.ok === false && r.reason === "rate_limited")).toHaveLength(3 * max);
    // The right password is refused too until the window is over.
    expect(await checkCredentials(t.users.marketer.email, TEST_PASSWORD, `ip-${randomUUID()}`)).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
  });

  it("gives the address its unit back on success, so honest sign-ins from one office never lock it", async () => {
    const t = await makeTenant();
    const address = `ip-${randomUUID()}`;
    for (let i = 0; i < env().SIGNIN_MAX_FAILURES * 4 + 2; i++) {
      expect(await checkCredentials(t.users.admin.email, TEST_PASSWORD, address)).toMatchObject({ ok: true });
    }
  });
});
