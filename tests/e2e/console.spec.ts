// The marketer's console, issue 17: one journey per problem the issue lists, each failing on the old
// console and passing now. Problem 8 (the lists, the audit log, the codes page): console-lists.spec.ts.
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { PromotionInput } from "@/lib/offers/schemas";
import { coupon, signedIn } from "@/tests/e2e/support/console";

test("1. a saved coupon's discount is shown as fixed; Duplicate opens an unsaved copy whose discount can change", async ({ page }) => {
  const t = await signedIn(page);
  const original = await createOffer(t.actors.marketer, "coupon", coupon("Autumn 10%"));
  await page.goto(`/coupons/${original.id}/edit`);
  const locked = page.getByTestId("locked-category");
  await expect(locked).toContainText("10% off the cart");
  await expect(page.getByLabel("Percentage off")).toHaveCount(0);
  // Other fields still save: no "category cannot change" dead end.
  await page.getByLabel("Name", { exact: true }).fill("Autumn 10% (renamed)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.goto(`/coupons/${original.id}/edit`);
  await page.getByRole("link", { name: "Duplicate to change it" }).click();
  await expect(page.getByRole("heading", { name: 'New coupon from "Autumn 10% (renamed)"' })).toBeVisible();
  await expect(page.getByText("Not saved yet")).toBeVisible();
  expect(await db().offer.count({ where: { tenantId: t.tenantId } })).toBe(1);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Cart: amount off" });
  await page.getByLabel("Amount off").fill("7.50");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByRole("heading", { name: "Copy of Autumn 10% (renamed)", level: 1 })).toBeVisible();
  await expect(page.getByTestId("offer-preview")).toContainText("7.50 EUR off the cart");
  expect((await getOfferOrThrow(t.tenantId, "coupon", original.id)).category).toEqual({ kind: "CartLevelPercentage", discount: 10 });
});

test("2. channels are ticked from the known ones; shipping methods, segments and customers are picked, and a value that matches nothing is flagged", async ({
  page,
}) => {
  const t = await signedIn(page);
  await db().customer.create({
    data: { tenantId: t.tenantId, id: "C-1", name: "Ada Lovelace", segments: [{ key: "type", value: "gold member" }] },
  });
  await createOffer(
    t.actors.marketer,
    "promotion",
    PromotionInput.parse({
      name: "Ship free",
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "FreeShipping", shippingOptions: ["Standard"] },
      currencies: [{ code: "EUR" }],
    }),
  );
  const typo = await createOffer(t.actors.marketer, "coupon", coupon("Typo", { channels: ["STORE", "Online"], consumers: ["nobody"] }));

  await page.goto(`/coupons/${typo.id}/edit`);
  const warnings = page.getByTestId("picker-warning");
  await expect(warnings.filter({ hasText: "“STORE” is not a channel any cart sends" })).toBeVisible();
  await expect(warnings.filter({ hasText: "“Online” is not a channel" })).toBeVisible();
  await expect(warnings.filter({ hasText: "“nobody” is not a customer in the catalog" })).toBeVisible();

  await page.goto("/coupons/new");
  await page.getByLabel("Name", { exact: true }).fill("Gold web");
  await page.getByRole("checkbox", { name: "Web shop" }).check();
  await page.getByRole("checkbox", { name: "Store (POS)" }).check();
  await page.getByLabel("Customer segment").selectOption({ label: "type = gold member" });
  await page.getByLabel("Find a customer").fill("Ada");
  await page.getByRole("button", { name: "Add customer C-1" }).click();
  await expect(page.getByRole("list", { name: "Chosen customers" })).toContainText("C-1 · Ada Lovelace");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByRole("heading", { name: "Gold web", level: 1 })).toBeVisible();
  const saved = await db().offer.findFirstOrThrow({ where: { tenantId: t.tenantId, name: "Gold web" } });
  expect(saved.channels).toEqual(["web", "store"]);
  expect(saved.segment).toEqual({ key: "type", value: "gold member" });
  expect(saved.consumers).toEqual(["C-1"]);

  await page.goto("/promotions/new");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Free shipping" });
  await page.getByLabel("Shipping method to add").fill("standard");
  await page.getByRole("button", { name: "Add method" }).click();
  await expect(page.getByTestId("picker-warning")).toContainText("“standard” is not “Standard”");
});

test("3. every time shows in one named zone: the same edit reads the same in the list, the detail page and the audit log", async ({
  page,
}) => {
  const t = await signedIn(page);
  const offer = await createOffer(t.actors.marketer, "coupon", coupon("Zoned"));
  await db().offer.update({ where: { id: offer.id }, data: { updatedAt: new Date("2026-11-30T19:10:00Z") } });
  // 19:10 UTC is 20:10 in Berlin, the tenant's zone.
  await page.goto("/coupons");
  await expect(page.getByRole("row", { name: /Zoned/ })).toContainText("30 Nov 2026, 20:10 Europe/Berlin");
  await page.goto(`/coupons/${offer.id}`);
  await expect(page.getByText("30 Nov 2026, 20:10 Europe/Berlin")).toBeVisible();
  // Dates carry their reading: an absolute start in the tenant's zone.
  await expect(page.getByText("1 Jan 2026, 00:00 Europe/Berlin", { exact: false }).first()).toBeVisible();
});

test("4. the simulator re-prices on a currency switch, says why a line got nothing, and copies its link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const t = await signedIn(page);
  await db().product.createMany({
    data: [
      {
        tenantId: t.tenantId,
        id: "SHOE-1",
        name: "Red sneaker",
        categories: ["shoes"],
        attributes: {},
        prices: [
          { currency: "EUR", amount: 5000 },
          { currency: "JPY", amount: 8000 },
        ],
      },
      {
        tenantId: t.tenantId,
        id: "SOCK-1",
        name: "Wool socks",
        categories: ["socks"],
        attributes: {},
        prices: [
          { currency: "EUR", amount: 1050 },
          { currency: "JPY", amount: 1500 },
        ],
      },
      {
        tenantId: t.tenantId,
        id: "GIFT-1",
        name: "Gift card",
        categories: ["cards"],
        attributes: {},
        prices: [
          { currency: "EUR", amount: 2500 },
          { currency: "JPY", amount: 4000 },
        ],
      },
    ],
  });
  await db().exclusionList.create({ data: { tenantId: t.tenantId, ids: ["GIFT-1"], createdBy: "test", updatedBy: "test" } });
  await createOffer(
    t.actors.marketer,
    "promotion",
    PromotionInput.parse({
      name: "Shoes 10%",
      active: true,
      validFrom: "2026-01-01T00:00:00Z",
      category: { kind: "ProductLevelPercentage", discount: 10, products: { categories: ["shoes"] } },
      currencies: [{ code: "EUR" }, { code: "JPY" }],
    }),
  );

  await page.goto("/simulator");
  for (const id of ["SHOE-1", "SOCK-1", "GIFT-1"]) {
    await page.getByLabel("Find a product").fill(id);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: `Add ${id}` }).click();
  }
  await page.getByRole("button", { name: "Apply discounts" }).click();
  await expect(page.getByTestId("cart-total")).toHaveText("€80.50");
  await expect(page.getByTestId("result-line-GIFT-1").getByTestId("why-not")).toContainText("Excluded On the exclusion list");
  const sock = page.getByTestId("result-line-SOCK-1");
  await expect(sock.getByTestId("why-not")).toContainText('Filter did not match Promotion "Shoes 10%" is for categories shoes');

  await page.getByLabel("Price book currency").selectOption("JPY");
  await expect(page.getByTestId("cart-total")).toHaveText("¥12,700");
  await expect(page.getByText(/items\[0\]/)).toHaveCount(0);

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("5. a rule broken across fields is explained beside the field in plain words", async ({ page }) => {
  await signedIn(page);
  await page.goto("/promotions/new");
  await page.getByLabel("Name", { exact: true }).fill("Backwards");
  await page.getByLabel("Valid from", { exact: true }).fill("2026-12-10T00:00:00");
  await page.getByLabel("Valid to", { exact: true }).fill("2026-12-01T00:00:00");
  await page.getByRole("button", { name: "Create promotion" }).click();
  await expect(page.locator("#f-validTo").locator("xpath=../..").getByRole("alert")).toHaveText(
    "The end (Valid to) must be after the start (Valid from).",
  );
  await expect(page.getByText(/validTo|validFrom/)).toHaveCount(0);
});

test.describe("6. on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("Tab skips the closed menu, and ☰ covers neither the tenant label nor the logo", async ({ page }) => {
    await signedIn(page);
    await page.goto("/dashboard");
    const menu = page.getByRole("button", { name: "Open navigation" });
    const logo = page.getByRole("link", { name: "Couponsmith" }).first();
    const tenant = page.getByText("Tenant", { exact: true });
    const [menuBox, logoBox, tenantBox] = [await menu.boundingBox(), await logo.boundingBox(), await tenant.boundingBox()];
    const overlaps = (a: typeof menuBox, b: typeof menuBox) =>
      Boolean(a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height);
    expect(overlaps(menuBox, logoBox)).toBe(false);
    expect(overlaps(menuBox, tenantBox)).toBe(false);

    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const inNav = await page.evaluate(() => Boolean(document.activeElement?.closest("#console-nav")));
      expect(inNav, `Tab ${i + 1} landed in the hidden menu`).toBe(false);
    }
    await menu.click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coupons", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Close navigation" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toBeFocused();
  });
});

test("7. a new coupon starts as marketers make them: enabled, in store local time; switched off, the preview says so", async ({ page }) => {
  await signedIn(page);
  await page.goto("/coupons/new");
  await expect(page.getByLabel(/^Enabled/)).toBeChecked();
  await expect(page.getByLabel("Store local time (09:00 means 09:00 in every store)")).toBeChecked();
  await page.getByLabel(/^Enabled/).uncheck();
  await expect(page.getByTestId("offer-preview")).toContainText("Disabled: it never applies until you enable it.");
});
