// The marketer's journeys with coupons and promotions in the console: one of each kind through the
// form, finding them with the filters, editing, status following the dates, and the conflict message.
import { expect, test } from "@playwright/test";
import { COUPON_KINDS, KIND_LABELS, PROMOTION_KINDS } from "@/lib/offers/category-schema";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput } from "@/lib/offers/schemas";
import { createThroughForm, pickProduct, signedIn } from "@/tests/e2e/support/offer-form";

test("a marketer creates one coupon of each kind and finds them with the filters", async ({ page }) => {
  test.setTimeout(180_000);
  await signedIn(page);
  for (const kind of COUPON_KINDS) await createThroughForm(page, "coupons", kind, `Coupon ${kind}`);

  await page.goto("/coupons");
  for (const kind of COUPON_KINDS) await expect(page.getByRole("link", { name: `Coupon ${kind}` })).toBeVisible();
  await page.getByLabel("Kind").selectOption({ label: KIND_LABELS.BogoFixed });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "Coupon BogoFixed" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Coupon / })).toHaveCount(1);

  await page.goto("/coupons");
  await page.getByLabel("Includes product").fill("SKU-0002");
  await page.getByRole("button", { name: "Apply filters" }).click();
  // SKU-0002 is named by the Bogo coupons, and its category (socks) by the product-level ones.
  await expect(page.getByRole("link", { name: /^Coupon / })).toHaveCount(4);

  await page.goto("/coupons");
  await page.getByLabel("Name").fill("cartlevel");
  // New coupons start enabled, from today 00:00 store time: Active at once.
  await page.getByLabel("Status").selectOption("Active");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: /^Coupon / })).toHaveCount(2);
});

test("a marketer creates one promotion of each kind, bundles included", async ({ page }) => {
  test.setTimeout(240_000);
  await signedIn(page);
  for (const kind of PROMOTION_KINDS) await createThroughForm(page, "promotions", kind, `Promo ${kind}`);
  await page.goto("/promotions");
  await expect(page.getByRole("link", { name: /^Promo / })).toHaveCount(PROMOTION_KINDS.length);
  await page.getByLabel("Kind").selectOption({ label: KIND_LABELS.BundlePercentage });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: /^Promo / })).toHaveCount(1);
  await page.getByRole("link", { name: "Promo BundlePercentage" }).click();
  await expect(page.getByTestId("offer-preview")).toContainText(
    "20% off the bundle 1 × product SKU-0001 + 1 × product SKU-0002 + 2 × product SKU-0003",
  );
});

test("form errors name the field, and the kind is read-only after creation", async ({ page }) => {
  await signedIn(page);
  await page.goto("/coupons/new");
  await page.getByLabel("Name", { exact: true }).fill("Broken");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: KIND_LABELS.ProductLevelPercentage });
  await page.getByLabel("Percentage off").fill("150");
  await page.getByLabel("Currency 1 code").fill("JPY");
  await page.getByRole("button", { name: "+ Currency" }).click();
  await page.getByLabel("Currency 2 code").fill("JPY");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByText("A percentage must be at most 100", { exact: true })).toBeVisible();
  await expect(page.getByText("Name at least one product, category or attribute", { exact: true })).toBeVisible();
  await expect(page.getByText("JPY is listed twice", { exact: true })).toBeVisible();

  await page.getByLabel("Percentage off").fill("15");
  await page.getByRole("button", { name: "Remove currency 2" }).click();
  await pickProduct(page, "Discounted products", "SKU-0001");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByRole("heading", { name: "Broken", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  // The discount is shown as fixed, not as fields that fail on save.
  await expect(page.getByLabel("Kind", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Percentage off")).toHaveCount(0);
  await expect(page.getByTestId("locked-category")).toContainText("15% off product SKU-0001");
  await expect(page.getByRole("link", { name: "Duplicate to change it" })).toBeVisible();
});

test("editing the dates moves the status (Active → Planned), and the history shows the change", async ({ page }) => {
  const t = await signedIn(page);
  const coupon = await createOffer(
    t.actors.marketer,
    "coupon",
    CouponInput.parse({
      name: "Spring",
      active: true,
      validFrom: "2025-01-01T00:00:00+01:00",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
    }),
  );
  await page.goto(`/coupons/${coupon.id}`);
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Valid from", { exact: true }).fill("2099-03-01T09:00:00");
  await page.getByLabel("Valid from offset").selectOption("+02:00");
  await expect(page.getByText("An absolute instant, with offset +02:00: 07:00 UTC")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByText("Planned", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "History" })).toContainText("2099-03-01T09:00:00+02:00");

  await page.goto("/coupons?status=Planned");
  await expect(page.getByRole("link", { name: "Spring" })).toBeVisible();

  // Store local time: the rule is spelled out and the offset disappears.
  await page.goto(`/coupons/${coupon.id}/edit`);
  await page.getByLabel("Store local time (09:00 means 09:00 in every store)").check();
  await expect(page.getByText("09:00 in each store's local time")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("offer-preview")).toContainText("from 1 Mar 2099, 09:00 store time");
});

test("two tabs saving the same coupon: the second gets the conflict message with the other change", async ({ page, context }) => {
  const t = await signedIn(page);
  const coupon = await createOffer(
    t.actors.admin,
    "coupon",
    CouponInput.parse({
      name: "Shared",
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
    }),
  );
  const other = await context.newPage();
  await page.goto(`/coupons/${coupon.id}/edit`);
  await other.goto(`/coupons/${coupon.id}/edit`);

  await page.getByLabel("Name", { exact: true }).fill("Shared — renamed in tab 1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await other.getByLabel("Description (optional)").fill("Edited in tab 2");
  await other.getByRole("button", { name: "Save changes" }).click();
  const alert = other.getByRole("alert").filter({ hasText: "Your changes were not saved" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("row", { name: /Name/ })).toContainText("Shared — renamed in tab 1");

  await alert.getByRole("button", { name: "Reload their version" }).click();
  await expect(other.getByLabel("Name", { exact: true })).toHaveValue("Shared — renamed in tab 1");
  await other.getByLabel("Description (optional)").fill("Edited in tab 2");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Saved.")).toBeVisible();
  await expect(other.getByRole("heading", { name: "Shared — renamed in tab 1", level: 1 })).toBeVisible();
});
