import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { bucketOf } from "@/lib/analytics/buckets";
import { LAG_MS, rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { signIn } from "@/tests/e2e/support/sign-in";

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
  // What the server's periodic job does every 15 s, run now so the test does not wait for it.
  await rollUpUsage(new Date(Date.now() + LAG_MS));
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
