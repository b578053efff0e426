// A marketer reads an offer's discount cost against its budget (the burn-down and the projected run-out),
// sees the dashboard's alert once the budget is past 80 %, and reads average order value with and
// without the offer as a table, on the offer's panel and on the Analytics page.
import { expect, test } from "@playwright/test";
import { bucketOf, HOUR_MS } from "@/lib/analytics/buckets";
import { LAG_MS, rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { formatMinor } from "@/lib/money/currency";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { signIn } from "@/tests/e2e/support/sign-in";

const cart = (price: number) => ({ currency: "EUR", items: [{ productId: "sku-1", quantity: 1, price }] });

test("discount cost against the budget, the budget alert past 80 % and average order value, as tables", async ({ page }) => {
  const t = await makeTenant({ timeZone: "UTC" });
  const offerId = await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Budgeted 10%",
    category: { kind: "CartLevelPercentage", discount: 10 },
    codes: ["BUDGET-A", "BUDGET-B", "BUDGET-C"],
    limits: { budget: [{ currency: "EUR", amount: 100 }] },
  });
  // Three orders of 300.00 with the offer (30.00 off each: 90 % of the budget) and one of 100.00 without.
  for (const [i, code] of ["BUDGET-A", "BUDGET-B", "BUDGET-C"].entries())
    await redeemCodes(t.actors.admin, { codes: [code], orderId: `cost-${i}`, currency: "EUR", cart: cart(300) });
  await redeemCodes(t.actors.admin, { codes: [], orderId: "no-offer", currency: "EUR", cart: cart(100) });
  // What the server's periodic job does every 15 s, once the clock has left the last write's millisecond.
  const written = Date.now();
  while (Date.now() === written) await new Promise((resolve) => setTimeout(resolve, 1));
  await rollUpUsage(new Date(Date.now() + LAG_MS));
  const today = bucketOf(Date.now(), "day", "UTC").key;

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  const alert = page.getByRole("list", { name: "Alerts" }).getByRole("listitem").filter({ hasText: "Budgeted 10%" });
  await expect(alert).toContainText(`spent ${formatMinor(9_000, "EUR")} of its ${formatMinor(10_000, "EUR")} budget (90%)`);
  await expect(alert).toContainText("Budget 80%");

  await page.goto(`/coupons/${offerId}`);
  const panel = page.getByRole("region", { name: "Analytics" });
  const cost = panel.getByRole("region", { name: "Discount cost over time" });
  await cost.getByRole("button", { name: "Show table" }).click();
  await expect(cost.getByRole("columnheader")).toHaveText(["Day", "Discount given (EUR)", "Budget left (EUR)"]);
  await expect(cost.getByRole("row", { name: today }).getByRole("cell")).toHaveText(["90", "10"]);
  // The burn-down: the whole budget was left at the end of every day before today.
  await expect(cost.getByRole("row").nth(1).getByRole("cell")).toHaveText(["0", "100"]);
  const budget = panel.getByRole("list", { name: "Budgets" }).getByRole("listitem").first();
  await expect(budget).toContainText(
    `Budget ${formatMinor(10_000, "EUR")}: ${formatMinor(9_000, "EUR")} spent (90%), ${formatMinor(1_000, "EUR")} left; last 7 days ${formatMinor(1_286, "EUR")} a day.`,
  );
  // 10.00 left at 90.00 a week runs out in 10 / (90 / 168 h) ≈ 18.7 h.
  await expect(budget).toContainText("Projected to run out");
  const projected = Date.parse((await budget.locator("time").getAttribute("datetime")) ?? "");
  expect(projected - written).toBeGreaterThan(18.5 * HOUR_MS);
  expect(projected - written).toBeLessThan(18.8 * HOUR_MS);

  const offerAov = panel.getByRole("region", { name: "Average order value with and without the offer (EUR)" });
  await offerAov.getByRole("button", { name: "Show table" }).click();
  await expect(offerAov.getByRole("columnheader")).toHaveText([
    "Day",
    "With the offer (EUR)",
    "Without the offer (EUR)",
    "Orders with the offer",
    "Orders without the offer",
  ]);
  await expect(offerAov.getByRole("row", { name: today }).getByRole("cell")).toHaveText(["300", "100", "3", "1"]);

  // The same figures over REST, and a bad filter answered with the error object naming it.
  const api = await page.request.get(`/api/v1/analytics/average-order-value?offerId=${offerId}&granularity=day`, {
    headers: { Authorization: `Bearer ${t.tokens.viewer}` },
  });
  expect(api.status()).toBe(200);
  expect((await api.json()).offers).toEqual([
    {
      offerId,
      label: "Budgeted 10%",
      currency: "EUR",
      with: { orders: 3, valueMinor: 90_000, averageMinor: 30_000 },
      without: { orders: 1, valueMinor: 10_000, averageMinor: 10_000 },
    },
  ]);
  const bad = await page.request.get("/api/v1/analytics/average-order-value?granularity=year", {
    headers: { Authorization: `Bearer ${t.tokens.viewer}` },
  });
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain("granularity must be one of");

  await page.getByRole("link", { name: "Analytics", exact: true }).click();
  const pageAov = page.getByRole("region", { name: "Average order value with and without each top offer (EUR)" });
  await pageAov.getByRole("button", { name: "Show table" }).click();
  await expect(pageAov.getByRole("row")).toHaveCount(2);
  await expect(pageAov.getByRole("row", { name: "Budgeted 10%" }).getByRole("cell")).toHaveText(["300", "100", "3", "1"]);
});
