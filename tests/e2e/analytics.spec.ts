// A marketer's analytics journeys: the Analytics page (granularity, an offer's panel, a chart's CSV), and an
// offer's discount cost against its budget (the burn-down and the projected run-out), the dashboard's alert
// once the budget is past 80 %, and average order value with and without the offer, as tables.
//
// Both tests run the rollup themselves rather than wait up to 15 s for the server's job, and such a run
// reads up to "now", not up to the job's lag (LAG_MS) before it: a use another process is still writing
// then falls behind the cursor. So the two run in order in one worker (mode "default"), and no other spec
// runs the rollup.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { bucketOf, HOUR_MS } from "@/lib/analytics/buckets";
import { LAG_MS, rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { formatMinor } from "@/lib/money/currency";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { signIn } from "@/tests/e2e/support/sign-in";

test.describe.configure({ mode: "default" });

/**
 * What the server's periodic job does every 15 s, run now so the test does not wait for it, once the clock
 * has left the last write's millisecond (the run's window ends before it); answers that millisecond.
 */
async function rollUpOwnWrites(): Promise<number> {
  const written = Date.now();
  while (Date.now() === written) await new Promise((resolve) => setTimeout(resolve, 1));
  await rollUpUsage(new Date(Date.now() + LAG_MS));
  return written;
}

const cart = (price: number) => ({ currency: "EUR", items: [{ productId: "sku-1", quantity: 1, price }] });

test("a marketer opens Analytics, switches the granularity, opens one offer's panel and downloads a chart's CSV", async ({ page }) => {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  const offerId = await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Charted 10%",
    category: { kind: "CartLevelPercentage", discount: 10 },
    codes: ["CHART-A", "CHART-B"],
  });
  await redeemCodes(t.actors.admin, { codes: ["CHART-A"], orderId: "e2e-1", channelType: "web", currency: "EUR" });
  await redeemCodes(t.actors.admin, { codes: ["CHART-A"], orderId: "e2e-2", channelType: "web", currency: "EUR" });
  await redeemCodes(t.actors.admin, { codes: ["CHART-B"], orderId: "e2e-3", channelType: "store", currency: "EUR" });
  await rollUpOwnWrites();
  const today = bucketOf(Date.now(), "day", "Europe/Berlin").key;

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.getByRole("link", { name: "Analytics", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  const overTime = page.getByRole("region", { name: "Redemptions over time" });
  await overTime.getByRole("button", { name: "Show table" }).click();
  await expect(overTime.getByRole("row", { name: today })).toHaveText(`${today}3`);
  const channels = page.getByRole("region", { name: "By channel" });
  await channels.getByRole("button", { name: "Show table" }).click();
  await expect(channels.getByRole("row")).toHaveText(["ChannelRedemptions", "Web shop2", "Store (POS)1"]);

  await page.getByRole("navigation", { name: "Granularity" }).getByRole("link", { name: "Week" }).click();
  await expect(page).toHaveURL(/granularity=week/);
  await expect(page.getByRole("link", { name: "Week" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Buckets are weeks in Europe/Berlin")).toBeVisible();

  await page.goto(`/coupons/${offerId}`);
  const panel = page.getByRole("region", { name: "Analytics" });
  const panelOverTime = panel.getByRole("region", { name: "Redemptions over time" });
  await expect(panelOverTime).toBeVisible();
  const download = page.waitForEvent("download");
  await panelOverTime.getByRole("button", { name: "Download CSV of Redemptions over time" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("offer-redemptions-by-day.csv");
  const lines = (await readFile(await file.path(), "utf8")).trim().split("\r\n");
  expect(lines[0]).toBe("Day,Redemptions");
  expect(lines.at(-1)).toBe(`${today},3`);
  expect(lines.slice(1, -1).every((line) => line.endsWith(",0"))).toBe(true);
  expect(lines.length).toBe(32);
});

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
  const written = await rollUpOwnWrites();
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
