// Keeping the offer lists in order from the console: duplicate, bulk disable and archive, the exclusion
// list, read-only viewers, and links to offers that are not there.
import { expect, test } from "@playwright/test";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { signedIn } from "@/tests/e2e/support/offer-form";
import { makeTenant } from "@/tests/factories/tenant";

test("duplicate, bulk disable and archive from the console", async ({ page }) => {
  const t = await signedIn(page);
  const original = await createOffer(
    t.actors.marketer,
    "promotion",
    PromotionInput.parse({
      name: "Weekend",
      active: true,
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "FreeShipping" },
      currencies: [{ code: "EUR" }],
    }),
  );
  await page.goto(`/promotions/${original.id}`);
  await page.getByRole("link", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { name: 'New promotion from "Weekend"' })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Copy of Weekend");
  await page.getByRole("button", { name: "Create promotion" }).click();
  await expect(page.getByRole("heading", { name: "Copy of Weekend", level: 1 })).toBeVisible();

  await page.goto("/promotions");
  // Both are enabled: the copy starts enabled like every new offer.
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  await page.getByRole("button", { name: "Enable" }).click();
  await expect(page.getByText("0 enabled. 2 already enabled.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  await page.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByText("2 disabled.")).toBeVisible();

  await page.goto(`/promotions/${original.id}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/promotions$/);
  await expect(page.getByRole("link", { name: "Weekend", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Copy of Weekend" })).toBeVisible();
});

test("the exclusion list: paste ids, pick a product, save, and see the offers it touches", async ({ page }) => {
  const t = await signedIn(page);
  await createOffer(
    t.actors.marketer,
    "coupon",
    CouponInput.parse({
      name: "Shoes",
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["SKU-0001"] } },
      currencies: [{ code: "EUR" }],
    }),
  );
  await page.goto("/promotions/exclusions");
  await page.getByLabel("Paste product ids").fill("SKU-0002\nSKU-0003, SKU-0002");
  await page.getByRole("button", { name: "Add pasted ids" }).click();
  await page.getByLabel("Find a product to exclude").fill("SKU-0001");
  await page.getByRole("button", { name: "Add SKU-0001", exact: true }).click();
  await expect(page.getByRole("list", { name: "Excluded products" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Save exclusion list" }).click();
  await expect(page.getByText("Saved: 3 excluded products.")).toBeVisible();
  await expect(page.getByTestId("affected-offers")).toContainText("1 offer names an excluded product directly");
  await page.getByRole("button", { name: "Remove SKU-0003" }).click();
  await page.getByRole("button", { name: "Save exclusion list" }).click();
  await expect(page.getByText("Saved: 2 excluded products.")).toBeVisible();
});

test("viewers see offers read-only", async ({ page }) => {
  const t = await signedIn(page, "viewer");
  const coupon = await createOffer(
    t.actors.marketer,
    "coupon",
    CouponInput.parse({
      name: "Look only",
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
    }),
  );
  await page.goto("/coupons");
  await expect(page.getByRole("link", { name: "Look only" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New coupon" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveCount(0);
  await page.goto(`/coupons/${coupon.id}`);
  await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await page.getByRole("link", { name: "View all fields" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await page.goto("/promotions/exclusions");
  await expect(page.getByRole("button", { name: "Save exclusion list" })).toHaveCount(0);
});

test("another tenant's coupon, a mistyped address and an old link each land somewhere useful", async ({ page }) => {
  await signedIn(page);
  const other = await makeTenant();
  const foreign = await createOffer(
    other.actors.marketer,
    "coupon",
    CouponInput.parse({
      name: "Not yours",
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
    }),
  );
  const response = await page.goto(`/coupons/${foreign.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible();
  await expect(page.getByText("Not yours")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to the dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();

  await page.goto("/pos/rules");
  await expect(page).toHaveURL(/\/pos$/);
  await expect(page.getByRole("heading", { name: "POS coupons", level: 1 })).toBeVisible();
});
