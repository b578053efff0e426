// Helpers of the offer API specs: a valid coupon body to vary, and a create that must succeed.
import { expect, type APIRequestContext } from "@playwright/test";
import { auth } from "@/tests/e2e/support/bearer";
import type { TestTenant } from "@/tests/factories/tenant";

export const couponBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Ten percent",
  validFrom: "2026-01-01T00:00:00+01:00",
  category: { kind: "CartLevelPercentage", discount: 10 },
  currencies: [{ code: "EUR", minimumCartValue: 50 }],
  ...overrides,
});

/** POST /api/v1/{coupons|promotions} as a marketer; anything but 201 fails the test with the answer's text. */
export async function create(request: APIRequestContext, t: TestTenant, path: "coupons" | "promotions", body: Record<string, unknown>) {
  const response = await request.post(`/api/v1/${path}`, { headers: auth(t.tokens.marketer), data: body });
  expect(response.status(), await response.text()).toBe(201);
  return response;
}
