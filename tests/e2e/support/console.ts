// Helpers of the console journeys: a valid coupon to vary, and a fresh Berlin tenant signed in as a role.
import type { Page } from "@playwright/test";
import { CouponInput } from "@/lib/offers/schemas";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

export const coupon = (name: string, extra: Record<string, unknown> = {}) =>
  CouponInput.parse({
    name,
    active: true,
    validFrom: "2026-01-01T00:00:00+01:00",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR" }],
    ...extra,
  });

export async function signedIn(page: Page, role: "marketer" | "admin" = "marketer"): Promise<TestTenant> {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await signIn(page, t.users[role].email, t.users[role].password);
  return t;
}
