// The journey of contract §8: a marketer saves a cart as a scenario, edits a live coupon as a draft, sees
// the two saved scenarios change, publishes with a note (the scenarios break, so it needs one), then
// rolls back by publishing the first version again.
import { expect, test } from "@playwright/test";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { addCodes } from "@/lib/codes/add-codes";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput } from "@/lib/offers/schemas";
import { createScenario } from "@/lib/scenarios/save-scenario";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeTenant } from "@/tests/factories/tenant";

test("a marketer edits a live coupon as a draft, sees two scenarios change, publishes with a note, then rolls back", async ({ page }) => {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await db().product.create({
    data: {
      tenantId: t.tenantId,
      id: "SKU-1",
      name: "Red sneaker",
      categories: [],
      attributes: {},
      prices: [{ currency: "EUR", amount: 3000 }],
    },
  });
  const coupon = await createOffer(
    t.actors.admin,
    "coupon",
    CouponInput.parse({
      name: "Ten percent",
      active: true,
      validFrom: "2020-01-01T00:00:00Z",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
    }),
  );
  await addCodes(t.actors.admin, coupon.id, { codes: ["TEN"] });
  const smallCart = { currency: "EUR", couponCodes: ["TEN"], items: [{ productId: "SKU-1", quantity: 1, price: 30 }] };
  await createScenario(t.actors.admin, { name: "One sneaker", request: smallCart });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);

  // The second scenario comes from the Cart Simulator.
  await page.goto("/simulator");
  await page.getByLabel("Find a product").fill("sneaker");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Add SKU-1" }).click();
  await page.getByLabel("Quantity of line 1").fill("2");
  await page.getByLabel("Coupon codes").fill("TEN");
  await page.getByRole("button", { name: "Apply discounts" }).click();
  await expect(page.getByTestId("cart-total")).toHaveText("€54.00");
  await page.getByLabel("Scenario name").fill("Two sneakers");
  await page.getByRole("button", { name: "Save as scenario" }).click();
  await expect(page.getByText("Saved “Two sneakers”")).toBeVisible();

  // Edit the live coupon as a draft: a minimum of 100 EUR.
  await page.goto(`/coupons/${coupon.id}/edit`);
  await page.getByLabel("Currency 1 minimum cart value").fill("100");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByText("Draft saved (version 2)")).toBeVisible();
  const impact = page.getByTestId("scenario-impact");
  await expect(impact).toContainText("2 of 2 scenarios change");
  await expect(impact.getByTestId("scenario-change")).toHaveCount(2);
  await expect(impact.getByTestId("scenario-change").filter({ hasText: "One sneaker" })).toContainText(
    "Code TEN is now rejected: minimum not reached",
  );
  await expect(impact.getByTestId("scenario-change").filter({ hasText: "Two sneakers" })).toContainText("Total: 54.00 EUR → 60.00 EUR");
  // The live coupon is unchanged.
  expect((await priceCartForTenant(t.tenantId, smallCart)).cart.totals.discount).toBe(3);

  // Publish: the scenarios break, so the dialog asks for an explicit yes and a note.
  await page.getByRole("button", { name: "Publish…" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish version 2" });
  await expect(dialog).toContainText("Currencies: EUR → EUR (minimum cart 100)");
  await expect(dialog.getByRole("button", { name: "Publish now" })).toBeDisabled();
  await dialog.getByLabel("Note (required: why publish anyway?)").fill("Winter: only big carts");
  await dialog.getByRole("checkbox").check();
  await dialog.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 2 is live.")).toBeVisible();
  const history = page.getByRole("list", { name: "History" });
  await expect(history).toContainText("published version 2");
  await expect(history).toContainText("Note: “Winter: only big carts”");
  await expect(history).toContainText("Accepted broken scenarios: One sneaker, Two sneakers");
  const priced = await priceCartForTenant(t.tenantId, smallCart);
  expect(priced.cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: "TEN", reason: "minimum_not_reached" })]);

  await page.goto("/scenarios");
  await expect(page.getByTestId("scenario-row")).toHaveCount(2);
  for (const row of await page.getByTestId("scenario-row").all()) await expect(row).toContainText("Failed");

  // Roll back: publish version 1 again; its results are the pinned ones, so no confirmation is needed.
  await page.goto(`/coupons/${coupon.id}/versions`);
  await page.getByTestId("version-1").getByRole("button", { name: "Publish again" }).click();
  const rollback = page.getByRole("dialog", { name: "Publish version 1 again" });
  await expect(rollback).toContainText("Currencies: EUR (minimum cart 100) → EUR");
  await expect(rollback.getByTestId("scenario-impact")).toContainText("2 of 2 scenarios change.");
  await expect(rollback.getByTestId("scenario-change").filter({ hasText: "Still as expected" })).toHaveCount(2);
  await expect(rollback.getByRole("checkbox")).toHaveCount(0);
  await rollback.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 3 is live.")).toBeVisible();
  expect((await priceCartForTenant(t.tenantId, smallCart)).cart.totals.discount).toBe(3);

  await page.goto(`/coupons/${coupon.id}/versions?from=2&to=3`);
  await expect(page.getByTestId("version-3")).toContainText("restores 1");
  await expect(page.getByTestId("version-diff")).toContainText("Currencies: EUR (minimum cart 100) → EUR");
  await page.goto("/scenarios");
  for (const row of await page.getByTestId("scenario-row").all()) await expect(row).toContainText("Passed");
});
