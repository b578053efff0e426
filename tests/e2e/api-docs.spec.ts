// The API reference at /api/docs: Swagger UI rendered from /api/openapi.json, every file served by
// this instance, and try-it-out sending a real authenticated call to our API.
import { expect, test } from "@playwright/test";
import { makeTenant } from "@/tests/factories/tenant";

test("the docs render an operation, and try-it-out calls our API with the token", async ({ page, baseURL }) => {
  const t = await makeTenant();
  await page.request.put("/api/v1/promotions/exclusions", {
    headers: { Authorization: `Bearer ${t.tokens.admin}` },
    data: { ids: ["DOCS-SKU"] },
  });
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL as string) && !request.url().startsWith("data:")) foreign.push(request.url());
  });

  await page.goto("/api/docs");
  // Tags start collapsed; open the two this test reads.
  for (const tag of ["Exclusion list", "Pricing"]) await page.locator(".opblock-tag", { hasText: tag }).first().click({ timeout: 30_000 });
  const summary = page.getByRole("button", { name: "GET /api/v1/promotions/exclusions Get the global exclusion list" });
  const operation = page.locator(".opblock-get", { has: summary });
  // Swagger UI renders the whole document in the browser: give a busy machine time.
  await expect(operation).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: /^POST \/api\/v1\/promotions\/cart Apply automatic promotions/ })).toBeVisible();

  await page.locator("button.authorize").first().click();
  const dialog = page.locator(".modal-ux");
  await dialog.locator("input").first().fill(t.tokens.viewer);
  await dialog.getByRole("button", { name: "Apply credentials" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();

  await summary.click();
  await operation.getByRole("button", { name: "Try it out" }).click();
  const call = page.waitForResponse(
    (response) => response.url() === `${baseURL}/api/v1/promotions/exclusions` && response.request().method() === "GET",
  );
  await operation.getByRole("button", { name: "Execute" }).click();
  const response = await call;
  expect(response.status()).toBe(200);
  expect(response.request().headers().authorization).toBe(`Bearer ${t.tokens.viewer}`);
  const served = operation.locator(".live-responses-table tbody .response");
  await expect(served.locator(".response-col_status")).toHaveText("200");
  await expect(served.locator(".response-col_description")).toContainText("DOCS-SKU");
  expect(foreign).toEqual([]);
});
