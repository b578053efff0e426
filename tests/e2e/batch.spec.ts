// Batch what-if in the console (contract §8): a marketer uploads a file of carts with a draft, the run
// finishes on the server's runner, the results show the cost on each side, the changed carts and the
// carts above a chosen share, and a changed cart opens in the Cart Simulator with the run's draft applied.
import { expect, test } from "@playwright/test";
import { createOffer } from "@/lib/offers/create-offer";
import { PromotionInput } from "@/lib/offers/schemas";
import { saveDraft } from "@/lib/versions/save-draft";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeTenant } from "@/tests/factories/tenant";

const promotion = (active: boolean) =>
  PromotionInput.parse({
    name: "Shoes 10",
    active,
    validFrom: "2020-01-01T00:00:00Z",
    category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["SHOE"] } },
    currencies: [{ code: "EUR" }],
  });

const FILE = ["cart_id,product_id,quantity,price", "A,SHOE,2,50", "A,HAT,1,20", "B,HAT,1,20", "C,SHOE,one,20", "D,SHOE,1,100"].join("\n");

test("a marketer runs a file of carts against a draft, reads the results and opens a changed cart in the simulator", async ({ page }) => {
  const t = await makeTenant();
  // Live: switched off. The draft switches it on, so the shoe carts gain 10 %.
  const shoes = await createOffer(t.actors.marketer, "promotion", promotion(false));
  await saveDraft(t.actors.marketer, "promotion", shoes.id, { snapshot: promotion(true) });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Batch what-if" }).click();
  await expect(page.getByRole("heading", { name: "Batch what-if" })).toBeVisible();
  await page.getByLabel("File of carts").setInputFiles({ name: "carts.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.getByLabel("Promotion “Shoes 10”, draft v2").check();
  await page.getByRole("button", { name: "Run the batch" }).click();

  await expect(page).toHaveURL(/\/batch\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("batch-changed")).toHaveText("2 of 3 carts changed (66.7 %).", { timeout: 30_000 });
  const perCurrency = page.getByRole("table", { name: "Discount cost per currency" });
  await expect(perCurrency.getByRole("row").nth(1)).toHaveText(["EUR", "3", "€0.00", "€20.00", "+€20.00"].join(""));
  const perOffer = page.getByRole("table", { name: "Cost per offer" });
  await expect(perOffer.getByRole("row").nth(1)).toContainText("Shoes 10");
  await expect(perOffer.getByRole("row").nth(1)).toContainText("+€20.00");

  const top = page.getByRole("table", { name: "Carts that changed most" }).getByTestId("batch-cart-row");
  await expect(top).toHaveCount(2);
  await expect(top.nth(0)).toContainText("A");
  await expect(top.nth(0)).toContainText("+€10.00");
  await expect(top.nth(1)).toContainText("D");

  const errors = page.getByRole("table", { name: "Rows that did not parse" });
  await expect(errors.getByRole("row").nth(1)).toHaveText(["5", "quantity", "quantity must be a whole number of at least 1"].join(""));

  // Cart A gets 8.33 % off with the draft, cart D 10 %: above 9 % only D is left.
  await page.getByLabel("Discount share above (%)").fill("9");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("batch-above-count")).toHaveText("1 cart gets more than 9 % off with the drafts.");
  await expect(page.getByRole("table", { name: "Carts above the threshold" }).getByTestId("batch-cart-row")).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Carts above the threshold" })).toContainText("10.00 %");

  await page.getByRole("table", { name: "Carts that changed most" }).getByRole("link", { name: "Open cart A in the simulator" }).click();
  await expect(page).toHaveURL(/\/simulator\?cart=[\w-]+&drafts=[\w-]+$/);
  // The simulator prices the cart with the run's draft, and says so: 10 % off the two shoes (100.00) is 10.00.
  await expect(page.getByRole("list", { name: "Drafts included" })).toHaveText("Promotion “Shoes 10”, draft v2");
  await expect(page.getByTestId("total-discount")).toContainText("€10.00");
  await expect(page.getByTestId("cart-total")).toHaveText("€110.00");
  await expect(page.getByTestId("trace").getByRole("row", { name: /Shoes 10/ })).toContainText("Applied");
  await expect(page.getByTestId("simulation-result").getByTestId("result-line-SHOE")).toBeVisible();

  // Without the draft, the live offers: the promotion is off, the cart pays 120.00.
  await page.getByLabel("Promotion “Shoes 10”, draft v2").uncheck();
  await page.getByRole("button", { name: "Apply discounts" }).click();
  await expect(page).toHaveURL(/\/simulator\?cart=[\w-]+$/);
  await expect(page.getByText("Priced with the live offers only, as checkout prices it.")).toBeVisible();
  await expect(page.getByTestId("cart-total")).toHaveText("€120.00");
});
