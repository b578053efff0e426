// Catalog journeys: CSV import with a per-row report, search, forms, and what viewers may (not) do.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeTenant } from "@/tests/factories/tenant";

const CSV = [
  "id,name,categories,attributes,price_EUR,price_JPY",
  "E2E-1,Trail runner,shoes|running,color=red|brand=Northwind,119.99,19000",
  "E2E-2,City sneaker,shoes,,79.50,",
  "E2E-3,Broken price,shoes,,12.345,",
  "bad id,Bad id,shoes,,1,",
  "E2E-5,Hat,hats,colour,5,5.5",
].join("\n");

/** Opens a catalog page and waits until React has hydrated it (buttons work, forms submit through React). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('nav[aria-label="Catalog sections"][data-hydrated="true"]')).toBeAttached();
}

test("a marketer imports a product CSV, reads the per-row report and finds an imported product", async ({ page }) => {
  const t = await makeTenant();
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }).click();
  await expect(page).toHaveURL(/\/catalog\/products$/);
  await expect(page.locator('nav[aria-label="Catalog sections"][data-hydrated="true"]')).toBeAttached();
  await expect(page.getByRole("heading", { name: "Products", exact: true })).toBeVisible();

  await page.getByLabel("Product CSV file").setInputFiles({ name: "catalog.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  // The preview flags the bad rows before anything is uploaded.
  const preview = page.getByRole("table", { name: "CSV preview" });
  await expect(preview.getByRole("row")).toHaveCount(6);
  await expect(page.getByText("3 with problems (highlighted)")).toBeVisible();
  await expect(preview.getByRole("cell", { name: "12.345" })).toHaveClass(/bg-rose-100/);
  await expect(preview.getByRole("cell", { name: "119.99" })).not.toHaveClass(/bg-rose-100/);

  await page.getByRole("button", { name: "Import products" }).click();
  const report = page.getByTestId("import-report");
  await expect(report.getByText("Imported 2 of 5 rows; rejected 3.")).toBeVisible();
  const rejected = report.getByRole("table", { name: "Rejected rows" });
  await expect(rejected.getByRole("row")).toHaveCount(1 + 4); // header + 4 problems (row 6 has two)
  await expect(rejected.getByRole("row", { name: /4 E2E-3 price_EUR/ })).toContainText("at most");
  await expect(rejected.getByRole("row", { name: /5 bad id id/ })).toBeVisible();
  await expect(rejected.getByRole("row", { name: /6 E2E-5 attributes/ })).toContainText("key=value");

  // The list refreshed; search finds the imported product by name, ignoring case.
  const search = page.getByRole("search", { name: "Search products" });
  await search.getByLabel("Search").fill("RUNNER");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=RUNNER/);
  const products = page.getByRole("table", { name: "Products" });
  await expect(products.getByRole("link", { name: "E2E-1" })).toBeVisible();
  await expect(products.getByRole("link", { name: "E2E-2" })).toHaveCount(0);
  await expect(products.getByRole("row", { name: /E2E-1/ })).toContainText("€119.99");
});

test("a marketer creates a product with the form; a price with too many decimals is refused beside the field", async ({ page }) => {
  const t = await makeTenant();
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await open(page, "/catalog/products/new");
  const form = page.getByRole("form", { name: "New product" });
  await form.getByLabel("SKU").fill("FORM-1");
  await form.getByLabel("Name").fill("Form-made scarf");
  await form.getByLabel("Price 1 amount").fill("9.999");
  await form.getByRole("button", { name: "Add price" }).click();
  await form.getByLabel("Price 2 currency").fill("jpy");
  await form.getByLabel("Price 2 amount").fill("1500");
  await form.getByLabel("Categories").fill("scarves, winter");
  await form.getByRole("button", { name: "Create product" }).click();
  await expect(form.getByText("EUR amounts may have at most 2 decimals")).toBeVisible();
  await form.getByLabel("Price 1 amount").fill("9.99");
  await form.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(/\/catalog\/products\?q=FORM-1/);
  await expect(page.getByRole("table", { name: "Products" }).getByRole("row", { name: /FORM-1/ })).toContainText("€9.99");
  await expect(page.getByRole("table", { name: "Products" }).getByRole("row", { name: /FORM-1/ })).toContainText("¥1,500");
});

test("deleting a store group that still has stores is refused with a clear message", async ({ page }) => {
  const t = await makeTenant();
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await open(page, "/catalog/store-groups/new");
  await page.getByLabel("Group id").fill("north");
  await page.getByLabel("Name").fill("North");
  await page.getByRole("button", { name: "Create store group" }).click();
  await expect(page).toHaveURL(/\/catalog\/store-groups$/);
  await page.getByRole("navigation", { name: "Catalog sections" }).getByRole("link", { name: "Stores" }).click();
  await expect(page.getByRole("heading", { name: "Stores", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "New store", exact: true }).click();
  await page.getByLabel("Store id").fill("berlin");
  await page.getByLabel("Name").fill("Berlin Mitte");
  await page.getByLabel("Store group").selectOption("north");
  await page.getByRole("button", { name: "Create store" }).click();
  await expect(page.getByRole("table", { name: "Stores" }).getByRole("row", { name: /berlin/ })).toContainText("tenant zone");

  await open(page, "/catalog/store-groups");
  await expect(page.getByRole("row", { name: /north/ })).toContainText("1 store");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete store group north" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "still has" })).toContainText(
    "Store group north still has 1 store; move it to another group or delete it first",
  );
  await expect(page.getByRole("row", { name: /north/ })).toBeVisible();
});

test("a viewer sees the catalog read-only and the server refuses the viewer's writes", async ({ page }) => {
  const t = await makeTenant();
  await signIn(page, t.users.viewer.email, t.users.viewer.password);
  await open(page, "/catalog/products");
  await expect(page.getByRole("heading", { name: "Products", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Products" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New product" })).toHaveCount(0);
  await expect(page.getByLabel("Product CSV file")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import products" })).toHaveCount(0);
  for (const path of ["/catalog/stores", "/catalog/store-groups", "/catalog/customers"]) {
    await open(page, path);
    await expect(page.getByRole("link", { name: /^New / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  }

  // Hidden controls are not the protection: the same session calling the API is refused.
  const create = await page.request.post("/api/v1/products", {
    data: { id: "VIEWER-1", name: "Nope", prices: [{ currency: "EUR", amount: 1 }] },
  });
  expect(create.status()).toBe(403);
  expect((await create.json()).code).toBe("forbidden");
  const upload = await page.request.post("/api/v1/products/imports", {
    multipart: { import: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("id,name\nA,B") } },
  });
  expect(upload.status()).toBe(403);
  const list = await page.request.get("/api/v1/products");
  expect(list.status()).toBe(200);
  expect((await list.json()).items).toEqual([]);
});

test("saving a store someone else changed meanwhile shows the conflict notice and keeps their change", async ({ page, request }) => {
  const t = await makeTenant();
  const auth = { authorization: `Bearer ${t.tokens.admin}` };
  expect((await request.post("/api/v1/stores", { headers: auth, data: { id: "race-1", name: "Before" } })).status()).toBe(201);
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await open(page, "/catalog/stores/race-1");
  await expect(page.getByLabel("Name")).toHaveValue("Before");

  // Another writer saves first, with the version both of them read.
  const theirs = await request.put("/api/v1/stores/race-1", { headers: auth, data: { name: "Theirs", version: "1" } });
  expect((await theirs.json()).store).toMatchObject({ name: "Theirs", version: "2" });

  await page.getByLabel("Name").fill("Mine");
  await page.getByRole("button", { name: "Save store" }).click();
  const notice = page.getByRole("form", { name: "Edit store race-1" }).getByRole("alert");
  await expect(notice).toContainText("Someone else saved this store after you opened it. Your changes were not saved.");
  await expect(page).toHaveURL(/\/catalog\/stores\/race-1$/);
  expect((await (await request.get("/api/v1/stores/race-1", { headers: auth })).json()).store).toMatchObject({
    name: "Theirs",
    version: "2",
  });

  await notice.getByRole("button", { name: "Reload their version" }).click();
  await expect(page.getByLabel("Name")).toHaveValue("Theirs");
  await page.getByLabel("Name").fill("Mine, on theirs");
  await page.getByRole("button", { name: "Save store" }).click();
  await expect(page).toHaveURL(/\/catalog\/stores\?q=race-1/);
  expect((await (await request.get("/api/v1/stores/race-1", { headers: auth })).json()).store).toMatchObject({
    name: "Mine, on theirs",
    version: "3",
  });
});
