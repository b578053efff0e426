// The marketer's journeys with coupons and promotions in the console: one of each kind through the
// form, finding them with the filters, editing, status following the dates, and the conflict message.
import { expect, test, type Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { COUPON_KINDS, KIND_LABELS, PROMOTION_KINDS, type Kind } from "@/lib/offers/category-schema";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, PromotionInput } from "@/lib/offers/schemas";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

async function seedCatalog(t: TestTenant) {
  await db().store.createMany({
    data: [
      { tenantId: t.tenantId, id: "berlin", name: "Berlin Mitte", timeZone: "Europe/Berlin" },
      { tenantId: t.tenantId, id: "paris", name: "Paris Opera", timeZone: "Europe/Paris" },
    ],
  });
  await db().product.createMany({
    data: ["SKU-0001", "SKU-0002", "SKU-0003"].map((id, i) => ({
      tenantId: t.tenantId,
      id,
      name: `Product ${i + 1}`,
      categories: [i === 0 ? "shoes" : "socks"],
      attributes: {},
      prices: [],
    })),
  });
}

async function pickProduct(page: Page, legend: string, id: string) {
  await page.getByLabel(`${legend}: find a product`).fill(id);
  await page.getByRole("button", { name: `Add ${id}`, exact: true }).click();
  await expect(page.getByRole("group", { name: legend }).getByText(id, { exact: true })).toBeVisible();
}

/** Fills what each kind needs beyond the defaults of a new offer. */
async function fillKind(page: Page, kind: Kind) {
  switch (kind) {
    case "CartLevelPercentage":
      await page.getByLabel("Percentage off").fill("10");
      return;
    case "CartLevelFixed":
      await page.getByLabel("Amount off").fill("5.50");
      await page.getByLabel("Only on some products").check();
      await pickProduct(page, "Eligible products", "SKU-0003");
      return;
    case "ProductLevelPercentage":
    case "ProductLevelFixed": {
      await page.getByLabel(kind === "ProductLevelFixed" ? "Amount off" : "Percentage off").fill("15");
      await page.getByLabel("Max units per line (optional)").fill("2");
      await pickProduct(page, "Discounted products", "SKU-0001");
      const group = page.getByRole("group", { name: "Discounted products" });
      await group.getByLabel("Category to add").fill("socks");
      await group.getByRole("button", { name: "Add category" }).click();
      return;
    }
    case "BogoPercentage":
    case "BogoFixed":
      await page.getByLabel("Buy quantity").fill("2");
      await pickProduct(page, "Buy products", "SKU-0001");
      await pickProduct(page, "Get products", "SKU-0002");
      if (kind === "BogoFixed") await page.getByLabel("Amount off").fill("3");
      return;
    case "BundlePercentage":
    case "BundleFixed":
      await page.getByLabel(kind === "BundleFixed" ? "Amount off" : "Percentage off").fill("20");
      await pickProduct(page, "Item 1 products", "SKU-0001");
      await pickProduct(page, "Item 2 products", "SKU-0002");
      await page.getByRole("button", { name: "+ Bundle item" }).click();
      await page.getByLabel("Item 3 quantity").fill("2");
      await pickProduct(page, "Item 3 products", "SKU-0003");
      return;
    case "FreeShipping":
      for (const method of ["standard", "express"]) {
        await page.getByLabel("Shipping method to add").fill(method);
        await page.getByRole("button", { name: "Add method" }).click();
      }
      return;
  }
}

async function createThroughForm(page: Page, family: "coupons" | "promotions", kind: Kind, name: string) {
  await page.goto(`/${family}/new`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: KIND_LABELS[kind] });
  await fillKind(page, kind);
  await page.getByRole("checkbox", { name: "Berlin Mitte" }).check();
  await expect(page.getByTestId("offer-preview")).toContainText("in 1 store");
  await page.getByRole("button", { name: family === "coupons" ? "Create coupon" : "Create promotion" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Saved.")).toBeVisible();
}

/** Like tests/e2e/support/sign-in.ts, with more patience: the first page of a cold server can take a while. */
async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 30_000 });
}

async function signedIn(page: Page, role: "marketer" | "viewer" = "marketer") {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await seedCatalog(t);
  await signIn(page, t.users[role].email, t.users[role].password);
  return t;
}

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
