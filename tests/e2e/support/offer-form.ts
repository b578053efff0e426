// Driving the offer form in the console journeys: a tenant with two stores and three products, signed in,
// and one offer of a given kind created through the form.
import { expect, type Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { KIND_LABELS, type Kind } from "@/lib/offers/category-schema";
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

export async function pickProduct(page: Page, legend: string, id: string) {
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

export async function createThroughForm(page: Page, family: "coupons" | "promotions", kind: Kind, name: string) {
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

/** Like signIn of tests/e2e/support/sign-in.ts, with more patience: the first page of a cold server can take a while. */
async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 30_000 });
}

export async function signedIn(page: Page, role: "marketer" | "viewer" = "marketer") {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await seedCatalog(t);
  await signIn(page, t.users[role].email, t.users[role].password);
  return t;
}
