import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { signIn } from "@/tests/e2e/support/sign-in";

test("a marketer simulates a cart with a valid and an invalid code, then before the coupon starts", async ({ page }) => {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await db().store.create({ data: { tenantId: t.tenantId, id: "berlin", name: "Berlin", timeZone: "Europe/Berlin" } });
  await db().product.create({
    data: {
      tenantId: t.tenantId,
      id: "SKU-1",
      name: "Red sneaker",
      categories: ["shoes"],
      attributes: {},
      prices: [{ currency: "EUR", amount: 5000 }],
    },
  });
  await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Winter 20%",
    localizedTimezone: true,
    validFrom: "2026-01-01T09:00:00",
    category: { kind: "CartLevelPercentage", discount: 20 },
    codes: ["WINTER20"],
  });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto("/simulator");
  await page.getByLabel("Find a product").fill("sneaker");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Add SKU-1" }).click();
  await page.getByLabel("Quantity of line 1").fill("2");
  await page.getByLabel("Store").selectOption("berlin");
  await page.getByLabel("Coupon codes").fill("WINTER20\nNOSUCHCODE");
  await page.getByRole("button", { name: "Apply discounts" }).click();

  const result = page.getByTestId("simulation-result");
  await expect(result.getByTestId("result-line-SKU-1")).toContainText("Winter 20%");
  await expect(result.getByTestId("result-line-SKU-1")).toContainText("Red sneaker");
  await expect(result.getByTestId("total-discount")).toHaveText("−€20.00");
  await expect(result.getByTestId("cart-total")).toHaveText("€80.00");
  const rejected = result.getByTestId("rejected-codes");
  await expect(rejected).toContainText("NOSUCHCODE");
  await expect(rejected).toContainText("Discount forbidden");

  // The URL carries the simulation: reloading it shows the same result.
  await page.reload();
  await expect(page.getByTestId("cart-total")).toHaveText("€80.00");

  await page.getByLabel("Simulate at").fill("2026-01-01T08:59");
  await page.getByRole("button", { name: "Apply discounts" }).click();
  await expect(page.getByTestId("rejected-codes")).toContainText("WINTER20");
  await expect(page.getByTestId("rejected-codes")).toContainText("not_yet_valid");
  await expect(page.getByTestId("cart-total")).toHaveText("€100.00");
});
