// The conflict analyzer in the console (issue 16 part 2): a marketer sees an overlap on the dashboard and
// opens its counter-example in the simulator, where both promotions apply; the publish dialog of a
// draft that turns a promotion exclusive lists the new finding it brings, whose counter-example opens in
// the simulator with that draft applied.
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { PromotionInput } from "@/lib/offers/schemas";
import { saveDraft } from "@/lib/versions/save-draft";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const shirts = (name: string, discount: number, extra: Record<string, unknown> = {}) =>
  PromotionInput.parse({
    name,
    active: true,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "ProductLevelPercentage", discount, products: { categories: ["shirts"] } },
    currencies: [{ code: "EUR" }],
    ...extra,
  });

async function tenantWithShirt(): Promise<TestTenant> {
  const t = await makeTenant({ timeZone: "Europe/Berlin" });
  await db().product.create({
    data: {
      tenantId: t.tenantId,
      id: "SHIRT-1",
      name: "Blue shirt",
      categories: ["shirts"],
      attributes: {},
      prices: [{ currency: "EUR", amount: 3000 }],
    },
  });
  return t;
}

test("an overlap shows on the dashboard and its counter-example opens in the simulator, where both promotions apply", async ({ page }) => {
  const t = await tenantWithShirt();
  await createOffer(t.actors.admin, "promotion", shirts("Shirts ten", 10));
  await createOffer(t.actors.admin, "promotion", shirts("Shirts five", 5));

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto("/dashboard");
  const byKind = page.getByLabel("Conflicts by kind");
  await expect(byKind).toContainText("Overlaps1");
  await expect(byKind).toContainText("Exclusive collisions0");
  const top = page.getByRole("list", { name: "Top conflicts" });
  await expect(top.getByRole("listitem")).toHaveCount(1);
  await expect(top).toContainText("“Shirts ten” and “Shirts five” both apply to the same cart");

  await top.getByRole("link", { name: "Open the counter-example in the simulator" }).click();
  await expect(page).toHaveURL(/\/simulator\?cart=/);
  // 30.00 less 10 % is 27.00, less 5 % of that is 25.65: both discounts, one after the other.
  await expect(page.getByTestId("cart-total")).toHaveText("€25.65");
  const trace = page.getByTestId("trace");
  await expect(trace.getByRole("row", { name: /Shirts ten/ })).toContainText("€3.00");
  await expect(trace.getByRole("row", { name: /Shirts five/ })).toContainText("€1.35");
});

test("the publish dialog lists the new finding a draft brings", async ({ page }) => {
  const t = await tenantWithShirt();
  await createOffer(t.actors.admin, "promotion", shirts("Shirts ten", 10));
  const big = await createOffer(t.actors.admin, "promotion", shirts("Shirts twenty", 20));
  await saveDraft(t.actors.marketer, "promotion", big.id, { snapshot: shirts("Shirts twenty", 20, { exclusive: true }) });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto(`/promotions/${big.id}`);
  await page.getByRole("button", { name: "Publish…" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish version 2" });
  const found = dialog.getByRole("list", { name: "New conflicts this version brings" });
  await expect(found.getByRole("listitem")).toHaveCount(1);
  await expect(found).toContainText("Dead offers: shadowed by an exclusive offer");
  await expect(found).toContainText("“Shirts twenty” is exclusive, applies wherever “Shirts ten” does and always saves at least as much");

  // Its counter-example opens in the simulator with the version chosen, and shows "Shirts ten" shadowed.
  await found.getByRole("link", { name: "Open the counter-example in the simulator" }).click();
  await expect(page).toHaveURL(/\/simulator\?cart=[\w-]+&drafts=[\w-]+$/);
  await expect(page.getByRole("list", { name: "Drafts included" })).toHaveText("Promotion “Shirts twenty”, draft v2");
  const trace = page.getByTestId("trace");
  await expect(trace.getByRole("row", { name: /^Shirts ten/ })).toContainText("Not applied");
  await expect(trace.getByRole("row", { name: /^Shirts ten/ })).toContainText("the exclusive");
  await expect(trace.getByRole("row", { name: /^Shirts twenty/ })).toContainText("Applied");
  // 20 % of the 30.00 shirt.
  await expect(page.getByTestId("cart-total")).toHaveText("€24.00");
});

test("a marketer lowers the stacking threshold on the Conflicts page, and the stacking finding appears", async ({ page }) => {
  const t = await tenantWithShirt();
  // 30 % then 20 % of the rest: 44 % of the shirt, below the default 50 %.
  await createOffer(t.actors.admin, "promotion", shirts("Shirts thirty", 30));
  await createOffer(t.actors.admin, "promotion", shirts("Shirts twenty", 20));

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto("/conflicts");
  await expect(page.getByRole("heading", { name: "Worst-case stacking (0)" })).toBeVisible();
  const threshold = page.getByLabel("Stacking threshold (%)");
  await expect(threshold).toHaveValue("50");

  await threshold.fill("101");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(page.getByRole("form", { name: "Analyzer settings" })).toContainText("at most 100");

  await threshold.fill("40");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(page.getByText("Saved: stacking above 40 % of a cart is a finding.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worst-case stacking (1)" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Worst-case stacking" })).toContainText("44");
});
