// The journey of contract §7 in the console: a marketer sets a coupon's limits in its form (the field
// error names the limit), checkout redeems and reserves through the API until the limit is used up,
// the list and the detail page show the bars and "Exhausted", and the ledger filters its rows and
// downloads them as CSV. Also: a POS campaign's limits through its form, the ledger over REST, and
// the lists' "Exhausted" filter (a printed coupon's redemption uses its campaign up).
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { addCodes } from "@/lib/codes/add-codes";
import { signIn } from "@/tests/e2e/support/sign-in";
import { createCampaign } from "@/lib/pos/save-campaign";
import { CampaignInput } from "@/lib/pos/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const cart = { currency: "EUR", items: [{ productId: "SKU-1", quantity: 1, price: 20 }] };
const berlinToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

test("limits in the coupon form, redeemed until exhausted, bars, Exhausted, and the ledger with its CSV", async ({ page, request }) => {
  test.setTimeout(120_000);
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await signIn(page, t.users.marketer.email, t.users.marketer.password);

  await page.goto("/coupons/new");
  await page.getByLabel("Name", { exact: true }).fill("Limited ten");
  const limits = page.getByTestId("limits-fields");
  await limits.getByLabel("Total redemptions (optional)").fill("2");
  await limits.getByLabel("Per customer (optional)").fill("0");
  await limits.getByLabel("Window").selectOption("week");
  await limits.getByRole("button", { name: "+ Budget currency" }).click();
  await limits.getByLabel("Budget 1 amount").fill("50");
  await expect(limits.getByText("€50.00")).toBeVisible();
  await page.getByRole("button", { name: "Create coupon" }).click();
  // The browser runs the API's schema: the error sits beside the field and names the limit.
  await expect(limits.getByText("The per-customer limit must be at least 1")).toBeVisible();
  await limits.getByLabel("Per customer (optional)").fill("");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page).toHaveURL(/\/coupons\/[^/?]+\?saved=1$/);
  const couponId = new URL(page.url()).pathname.split("/")[2];
  await expect(page.getByTestId("limits-card")).toContainText("2 redemptions, budget €50.00, restarting every week (from Monday)");
  await addCodes(t.actors.admin, couponId, { codes: ["LIM-A", "LIM-B"] });

  // Checkout: one redemption, one reservation; the limit of 2 is then used up and a third order is refused.
  const redeemed = await request.post("/api/v1/coupons/redemptions", {
    headers: auth(t.tokens.pos),
    data: { codes: ["LIM-A"], orderId: "order-1", consumerId: "ann", storeId: "berlin", channelType: "pos", cart },
  });
  expect(redeemed.status()).toBe(200);
  const reserved = await request.post("/api/v1/coupons/reservations", {
    headers: auth(t.tokens.pos),
    data: { codes: ["LIM-B"], orderId: "order-2", consumerId: "bob", storeId: "hamburg", channelType: "web", cart },
  });
  expect(reserved.status()).toBe(201);
  const refused = await request.post("/api/v1/coupons/redemptions", {
    headers: auth(t.tokens.pos),
    data: { codes: ["LIM-A"], orderId: "order-3", consumerId: "cy", cart },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).causes[0]).toMatchObject({ code: "redemption_limit_reached" });

  // The list: status Exhausted and the bars, in text and as progress bars.
  await page.goto("/coupons");
  const row = page.getByRole("row").filter({ hasText: "Limited ten" });
  await expect(row.getByText("Exhausted")).toBeVisible();
  await expect(row.getByTestId("usage-uses")).toContainText("Redemptions this week");
  await expect(row.getByTestId("usage-uses")).toContainText("1 used, 1 reserved, 0 left of 2");
  await expect(row.getByTestId("usage-EUR")).toContainText("€2.00 used, €2.00 reserved, €46.00 left of €50.00");
  const usesBar = row.getByRole("progressbar", { name: "Redemptions this week" });
  await expect(usesBar).toHaveAttribute("aria-valuenow", "2");
  await expect(usesBar).toHaveAttribute("aria-valuemax", "2");

  // The detail page says the same, and links the ledger.
  await row.getByRole("link", { name: "Limited ten" }).click();
  await expect(page.getByText("Status:").locator("..")).toContainText("Exhausted");
  await expect(page.getByTestId("limits-card")).toContainText("Exhausted this week");
  await page.getByTestId("limits-card").getByRole("link", { name: "Ledger" }).click();
  await expect(page).toHaveURL(new RegExp(`/coupons/${couponId}/ledger$`));
  const ledger = page.getByRole("table", { name: "Ledger" });
  await expect(ledger.getByRole("row")).toHaveCount(3);

  // Filters: status, then customer and a local day; the CSV holds exactly the filtered rows.
  const filters = page.getByRole("form", { name: "Filter the ledger" });
  await filters.getByLabel("Status").selectOption("reserved");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(ledger.getByRole("row")).toHaveCount(2);
  await expect(ledger).toContainText("order-2");
  await filters.getByLabel("Status").selectOption("");
  await filters.getByLabel("Customer").fill("ann");
  await filters.getByLabel("From (local day)").fill(berlinToday());
  await filters.getByLabel("To (local day)").fill(berlinToday());
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(ledger.getByRole("row")).toHaveCount(2);
  await expect(ledger).toContainText("order-1");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = await readFile(await download.path(), "utf8");
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  expect(rows.map((r) => [r.orderId, r.status, r.code, r.customer, r.store, r.channel, r.currency, r.amount])).toEqual([
    ["order-1", "redeemed", "LIM-A", "ann", "berlin", "pos", "EUR", "2"],
  ]);

  // The same ledger over REST, with the same filters; a bad filter names its field.
  const api = await request.get(`/api/v1/offers/${couponId}/ledger?status=reserved`, { headers: auth(t.tokens.viewer) });
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(body).toMatchObject({ offer: { id: couponId, type: "coupon" }, timeZone: "Europe/Berlin", pagination: { total: 1 } });
  expect(body.items.map((r: { orderId: string; status: string }) => [r.orderId, r.status])).toEqual([["order-2", "reserved"]]);
  const bad = await request.get(`/api/v1/offers/${couponId}/ledger?from=2026-02-30`, { headers: auth(t.tokens.viewer) });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).causes[0]).toMatchObject({ field: "from" });
  const other = await makeTenant();
  const foreign = await request.get(`/api/v1/offers/${couponId}/ledger`, { headers: auth(other.tokens.viewer) });
  expect(foreign.status()).toBe(404);
});

test("a POS campaign's limits are set in its form and shown on its page", async ({ page }) => {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  const { campaign } = await makePosSetup(t);
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto(`/pos/campaigns/${campaign.id}`);
  await expect(page.getByTestId("limits-card")).toContainText("No limits");
  const limits = page.getByTestId("limits-fields");
  await limits.getByLabel("Total redemptions (optional)").fill("5");
  await limits.getByLabel("Window").selectOption("day");
  await page.getByRole("button", { name: "Save campaign" }).click();
  await expect(page.getByTestId("limits-card")).toContainText("5 redemptions, restarting every day in the tenant's zone");
  await expect(page.getByTestId("limits-card").getByTestId("usage-uses")).toContainText("0 used, 0 reserved, 5 left of 5");
  await page.goto("/pos/campaigns");
  await expect(page.getByRole("row").filter({ hasText: "10% coupon" }).getByTestId("usage-uses")).toContainText("Redemptions today");
  await page.goto(`/pos/campaigns/${campaign.id}/ledger`);
  await expect(page.getByRole("heading", { name: "Ledger of 10% coupon" })).toBeVisible();
});

test('"Exhausted" in the list filters shows the used-up coupon and POS campaign, not the others', async ({ page, request }) => {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
  await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Spent coupon",
    category: tenPercent,
    codes: ["SPENT-1"],
    limits: { redemptions: 1 },
  });
  await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Roomy coupon",
    category: tenPercent,
    codes: ["ROOMY-1"],
    limits: { redemptions: 5 },
  });
  const { campaign, rule } = await makePosSetup(t, { campaign: { name: "Spent campaign", limits: { redemptions: 1 } } });
  await createCampaign(t.actors.marketer, CampaignInput.parse({ name: "Roomy campaign", startDate: "2020-01-01", category: tenPercent }));
  await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "7701" });
  await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "7702" });
  for (const [code, orderId] of [
    ["SPENT-1", "e-1"],
    ["ROOMY-1", "e-2"],
  ]) {
    const answer = await request.post("/api/v1/coupons/redemptions", {
      headers: auth(t.tokens.pos),
      data: { codes: [code], orderId, cart },
    });
    expect(answer.status()).toBe(200);
  }
  // The till redeems one printed coupon: the campaign's only use. A second one is refused by its limit.
  const till = (serial: string) =>
    request.post("/api/v1/pos/issued-coupons/redeem", {
      headers: auth(t.tokens.pos),
      data: { uniqueIdentifier: serial, storeId: "hamburg" },
    });
  expect((await till("7701")).status()).toBe(200);
  const refused = await till("7702");
  expect(refused.status()).toBe(409);
  expect((await refused.json()).causes[0]).toMatchObject({ field: "uniqueIdentifier", code: "redemption_limit_reached" });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto("/coupons");
  const couponFilters = page.getByRole("form", { name: "Filter the list" });
  await couponFilters.getByLabel("Status").selectOption("Exhausted");
  await couponFilters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=Exhausted/);
  await expect(page.getByRole("row").filter({ hasText: "Spent coupon" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Roomy coupon" })).toHaveCount(0);

  await page.goto("/pos/campaigns");
  const campaignFilters = page.getByRole("form", { name: "Search campaigns" });
  await campaignFilters.getByLabel("Status").selectOption("Exhausted");
  await campaignFilters.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=Exhausted/);
  const spent = page.getByRole("row").filter({ hasText: "Spent campaign" });
  await expect(spent.getByText("Exhausted")).toBeVisible();
  await expect(spent.getByTestId("usage-uses")).toContainText("1 used, 0 reserved, 0 left of 1");
  await expect(page.getByRole("row").filter({ hasText: "Roomy campaign" })).toHaveCount(0);
  // The campaign's ledger shows the till's use.
  await page.goto(`/pos/campaigns/${campaign.id}/ledger`);
  await expect(page.getByRole("table", { name: "Ledger" })).toContainText("7701");
});
