// The POS journey: a marketer sets up a printed 10% coupon for sales over 250.00 in store group North,
// sees the simulator predict the print, issues the coupon, scans it in the simulator, and the till
// redeems it once.
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeTenant } from "@/tests/factories/tenant";

test("a marketer creates a campaign and a rule, the simulator predicts the print, the coupon is issued, scanned and redeemed once", async ({
  page,
  request,
}) => {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await db().storeGroup.createMany({
    data: [
      { tenantId: t.tenantId, id: "north", name: "North" },
      { tenantId: t.tenantId, id: "south", name: "South" },
    ],
  });
  await db().store.createMany({
    data: [
      { tenantId: t.tenantId, id: "hamburg", name: "Hamburg", timeZone: "Europe/Berlin", storeGroupId: "north" },
      { tenantId: t.tenantId, id: "munich", name: "Munich", timeZone: "Europe/Berlin", storeGroupId: "south" },
    ],
  });
  await db().product.create({
    data: {
      tenantId: t.tenantId,
      id: "COAT-1",
      name: "Wool coat",
      categories: ["coats"],
      attributes: {},
      prices: [{ currency: "EUR", amount: 30000 }],
    },
  });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);

  // The campaign: 10% off the whole purchase, stores of group North, from today.
  await page.goto("/pos/campaigns/new");
  await page.getByLabel("Name").fill("10% off your next visit");
  await page.getByLabel("Store group").selectOption("north");
  await page.getByLabel("Discount kind").selectOption("CartLevelPercentage");
  await page.getByLabel("Discount (%)").fill("10");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByTestId("campaign-summary")).toContainText("10% off the whole purchase");
  await expect(page.getByTestId("campaign-summary")).toContainText("Group north");

  // The rule: print it for sales over 250.00 in store group North.
  await page.goto("/pos/rules/new");
  await page.getByLabel("Name").fill("Spend 250, get 10%");
  await page.getByLabel("Store group").selectOption("north");
  await page.getByLabel("Campaign granted").selectOption({ label: "10% off your next visit" });
  await page.getByLabel("Threshold", { exact: true }).fill("250.00");
  await page.getByLabel("Measure").selectOption("dollars");
  await page.getByLabel("Compared with").selectOption("this_sale");
  await page.getByRole("button", { name: "Create rule" }).click();
  const summary = page.getByTestId("rule-summary");
  await expect(summary).toContainText("Automatic: this sale ≥ 250.00");
  await expect(summary).toContainText("Group north");
  const ruleUrl = page.url();

  // The simulator predicts the print for a qualifying cart in a store of group North.
  await page.goto("/simulator");
  await page.getByLabel("Find a product").fill("coat");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Add COAT-1" }).click();
  await page.getByLabel("Store", { exact: true }).selectOption("hamburg");
  await page.getByRole("button", { name: "Apply discounts" }).click();
  await expect(page.getByTestId("cart-total")).toHaveText("€300.00");
  await expect(page.getByTestId("sale-prints")).toContainText("This sale would print:");
  await expect(page.getByTestId("sale-prints")).toContainText("Spend 250, get 10%");
  // Not in a store of another group.
  await page.getByLabel("Store", { exact: true }).selectOption("munich");
  await page.getByRole("button", { name: "Apply discounts" }).click();
  await expect(page.getByTestId("sale-prints")).toContainText("would print no POS coupon");

  // Issue the coupon from the console; the preview shows the serial as a barcode.
  await page.goto(ruleUrl);
  await page.getByLabel("Issued in store").selectOption("hamburg");
  await page.getByRole("button", { name: "Issue coupon" }).click();
  await expect(page.getByTestId("coupon-preview")).toBeVisible();
  await expect(page.getByTestId("coupon-text")).toHaveText("Spend 250, get 10%");
  await expect(page.getByTestId("coupon-barcode")).toBeVisible();
  const serial = (await page.getByTestId("coupon-serial").textContent())!.trim();
  expect(serial).toMatch(/^\d{20}$/);
  await expect(page.getByTestId("coupon-validity")).toContainText("Valid from");

  // Scan it in the simulator: the campaign's 10% applies.
  await page.goto("/simulator");
  await page.getByLabel("Find a product").fill("coat");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Add COAT-1" }).click();
  await page.getByLabel("Store", { exact: true }).selectOption("hamburg");
  await page.getByLabel("Coupon codes").fill(serial);
  await page.getByRole("button", { name: "Apply discounts" }).click();
  const result = page.getByTestId("simulation-result");
  await expect(result.getByTestId("result-line-COAT-1")).toContainText("10% off your next visit");
  await expect(result.getByTestId("total-discount")).toHaveText("−€30.00");
  await expect(result.getByTestId("cart-total")).toHaveText("€270.00");

  // The till redeems it once; a second scan is refused (Erply 1041), and the simulator now refuses it too.
  const auth = { Authorization: `Bearer ${t.tokens.pos}` };
  const first = await request.post("/api/v1/pos/issued-coupons/redeem", {
    headers: auth,
    data: { uniqueIdentifier: serial, storeId: "hamburg", pointOfSaleId: "till-1" },
  });
  expect(first.status()).toBe(200);
  const second = await request.post("/api/v1/pos/issued-coupons/redeem", {
    headers: auth,
    data: { uniqueIdentifier: serial, storeId: "hamburg", pointOfSaleId: "till-2" },
  });
  expect(second.status()).toBe(409);
  expect((await second.json()).causes[0].code).toBe("erply_1041");
  await page.reload();
  await expect(page.getByTestId("rejected-codes")).toContainText(serial);
  await expect(page.getByTestId("cart-total")).toHaveText("€300.00");

  // The issued-coupons tab shows it redeemed.
  await page.goto(`/pos/issued?q=${serial}`);
  await expect(page.getByRole("row", { name: new RegExp(serial) })).toContainText("REDEEMED");
});
