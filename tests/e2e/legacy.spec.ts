// The legacy coupons journey in a real browser: a marketer creates a discount rule, then a definition with
// a pattern, generates 500 coupons, applies one in the Cart Simulator with a v1 code, disables another
// and sees it refused as code_inactive; the audit log shows each change.
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { signIn } from "@/tests/e2e/support/sign-in";

test("a marketer runs legacy coupons from discount rule to checkout", async ({ page }) => {
  test.setTimeout(120_000);
  const t = await makeTenant();
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
    name: "Five off",
    category: { kind: "CartLevelFixed", discount: 5 },
    codes: ["V1-FIVE"],
  });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Legacy coupons" }).click();
  await expect(page.getByRole("heading", { name: "Legacy coupons" })).toBeVisible();

  // 1. A discount rule.
  await page.getByRole("link", { name: "New discount rule" }).click();
  await expect(page.getByRole("heading", { name: "New discount rule" })).toBeVisible();
  await page.getByLabel("Label", { exact: true }).fill("Ten percent");
  await page.getByLabel("Scope").selectOption("order");
  await page.getByLabel("Type").selectOption("percentage");
  await page.getByLabel("Percentage off").fill("10");
  await page.getByLabel("Currency").fill("EUR");
  await page.getByRole("button", { name: "Create discount rule" }).click();
  await expect(page.getByRole("heading", { name: "Ten percent" })).toBeVisible();
  await expect(page.getByText("10% off the order")).toBeVisible();

  // 2. A definition with a pattern, whose capacity shows as it is typed.
  await page.getByRole("navigation", { name: "Legacy coupons" }).getByRole("link", { name: "Coupon definitions" }).click();
  await page.getByRole("link", { name: "New definition" }).click();
  await expect(page.getByRole("heading", { name: "New coupon definition" })).toBeVisible();
  await page.getByLabel("Label", { exact: true }).fill("spring");
  await page.getByLabel("Code pattern").fill("SPR-[A-Z0-9]{6}");
  await expect(page.getByTestId("pattern-capacity")).toContainText("2,176,782,336 distinct codes");
  await page.getByLabel("Discount rule").selectOption({ label: "Ten percent (EUR)" });
  await page.getByLabel("Redemptions per coupon (optional)").fill("1");
  await page.getByRole("button", { name: "Create definition" }).click();
  await expect(page.getByRole("heading", { name: "spring" })).toBeVisible();
  const summary = page.getByTestId("definition-summary");
  await expect(summary).toContainText("2,176,782,336 distinct codes");
  await expect(summary).toContainText("0 coupons");

  // 3. 500 coupons at once.
  await page.getByLabel("Coupons to generate").fill("500");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.getByText("500 coupons generated.")).toBeVisible();
  await expect(summary).toContainText("500 coupons (500 enabled)");
  await expect(summary).toContainText("that someone trying 1,000,000 random codes");
  await expect(page.getByRole("heading", { name: "Coupons (500)" })).toBeVisible();
  const codeLinks = page.getByRole("table", { name: "Coupons" }).getByRole("link");
  const [applied, disabled] = [await codeLinks.nth(0).innerText(), await codeLinks.nth(1).innerText()];
  expect(applied).toMatch(/^SPR-[A-Z0-9]{6}$/);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /coupons\.csv$/);

  // 4. One of them in the simulator, with a v1 code: 5 off first (by position), then 10% of the 45 left.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cart Simulator" }).click();
  await page.getByLabel("Find a product").fill("sneaker");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Add SKU-1" }).click();
  await page.getByLabel("Coupon codes").fill(`V1-FIVE\n${applied}`);
  await page.getByRole("button", { name: "Apply discounts" }).click();
  const result = page.getByTestId("simulation-result");
  await expect(result.getByTestId("total-discount")).toHaveText("−€9.50");
  await expect(result.getByTestId("trace")).toContainText(`legacy coupon ${applied}`);
  await expect(result.getByTestId("trace")).toContainText("coupon V1-FIVE");

  // 5. Another one disabled on its page, then refused at checkout as code_inactive.
  await page.goto("/legacy/definitions");
  await page.getByRole("link", { name: "spring" }).click();
  await page.getByRole("link", { name: disabled }).click();
  await expect(page.getByRole("heading", { name: disabled })).toBeVisible();
  await expect(page.getByTestId("effective-rules")).toContainText("No restrictions");
  await page.getByRole("switch", { name: "Coupon enabled" }).click();
  await expect(page.getByRole("switch", { name: "Coupon enabled" })).toHaveAttribute("aria-checked", "false");
  await page.goto("/simulator");
  await page.getByLabel("Find a product").fill("sneaker");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Add SKU-1" }).click();
  await page.getByLabel("Coupon codes").fill(`V1-FIVE\n${disabled}`);
  await page.getByRole("button", { name: "Apply discounts" }).click();
  const rejected = page.getByTestId("rejected-codes");
  await expect(rejected).toContainText(disabled);
  await expect(rejected).toContainText("code_inactive");
  await expect(page.getByTestId("total-discount")).toHaveText("−€5.00");

  // 6. Every change is in the audit log.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  for (const text of ["Legacy discount rule", "Legacy coupon definition", "Legacy coupon"])
    await expect(page.getByText(text).first()).toBeVisible();
  await expect(page.getByText(disabled).first()).toBeVisible();
});
