// A marketer's journey through a coupon's codes: upload a CSV with good and bad rows, watch it finish,
// download the error report, find an imported code, export the codes, and deactivate codes in bulk.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { addCodes } from "@/lib/codes/add-codes";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeCoupon } from "@/tests/support/codes";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFile((await download.path())!, "utf8");
}

let t: TestTenant;
test.beforeAll(async () => {
  t = await makeTenant();
});

test("a marketer imports a CSV with good and bad rows, gets the error report, finds and exports the codes", async ({ page }) => {
  const coupon = await makeCoupon(t.tenantId, { name: "Spring sale" });
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto(`/coupons/${coupon.id}/codes`);
  await expect(page.getByRole("heading", { name: "Codes · Spring sale" })).toBeVisible();

  const csv = ["code,note", "SPRING-001,first", "SPRING-002", "", "NOT VALID", "SPRING-001", "SPRING-003"].join("\r\n");
  await page.locator("#import-file").setInputFiles({ name: "spring.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const preview = page.getByRole("table", { name: "Preview of the CSV" });
  await expect(preview).toContainText("SPRING-003");
  await expect(preview.getByRole("row").filter({ hasText: "NOT VALID" })).toContainText("Invalid characters");
  await expect(preview.getByRole("row").filter({ hasText: "SPRING-001" }).nth(1)).toContainText("Repeated in file");
  await expect(page.getByText("header row “code” found")).toBeVisible();

  await page.getByRole("button", { name: "Start import" }).click();
  const progress = page.getByRole("progressbar", { name: "Progress of spring.csv" });
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  const panel = page.locator("[data-testid^=import-progress-]");
  await expect(panel).toContainText("Completed");
  await expect(panel).toContainText("5 / 5");

  const report = await downloadText(page, () => panel.getByRole("link", { name: /Download error report/ }).click());
  expect(report).toBe("row,code,reason\r\n5,NOT VALID,invalid_characters\r\n6,SPRING-001,duplicate_in_file\r\n");

  await page.getByLabel("Code starts with").fill("SPRING-002");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const table = page.getByRole("table", { name: "Codes of this coupon" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("SPRING-002");

  await page.goto(`/coupons/${coupon.id}/codes`);
  const exported = await downloadText(page, () => page.getByRole("link", { name: "Export CSV" }).click());
  const lines = exported.trim().split("\r\n");
  expect(lines[0]).toBe("code,active,redemptions,createdAt");
  expect(lines.slice(1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual([
    "SPRING-001,true,0",
    "SPRING-002,true,0",
    "SPRING-003,true,0",
  ]);
});

test("a marketer generates codes from a pattern and deactivates some in bulk", async ({ page }) => {
  const coupon = await makeCoupon(t.tenantId, { name: "Gen coupon" });
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto(`/coupons/${coupon.id}/codes`);
  const form = page.getByRole("form", { name: "Generate codes" });
  await form.getByLabel("How many codes").fill("60");
  await form.getByLabel("Pattern", { exact: true }).fill("GEN-##");
  await form.getByLabel("Characters", { exact: true }).selectOption("numbers");
  await expect(form.getByText("Distinct codes possible")).toBeVisible();
  await form.getByRole("button", { name: "Generate codes" }).click();
  await expect(form.getByText(/at most 50/)).toBeVisible();

  await form.getByLabel("How many codes").fill("12");
  await expect(form.getByLabel("What this pattern gives")).toContainText("1 in 8");
  await form.getByRole("button", { name: "Generate codes" }).click();
  await expect(form.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });

  await page.reload();
  const table = page.getByRole("table", { name: "Codes of this coupon" });
  await expect(page.getByRole("heading", { name: "Codes (12)" })).toBeVisible();
  await table.getByRole("checkbox", { name: "Select row" }).nth(0).check();
  await table.getByRole("checkbox", { name: "Select row" }).nth(1).check();
  await page.getByRole("button", { name: "Deactivate selected" }).click();
  await expect(table.getByText("Inactive")).toHaveCount(2);
  await page.getByLabel("Status").selectOption("false");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("heading", { name: "Codes (2)" })).toBeVisible();
});

test("a viewer sees the codes but no way to change them", async ({ page }) => {
  const coupon = await makeCoupon(t.tenantId, { name: "Read only" });
  await signIn(page, t.users.viewer.email, t.users.viewer.password);
  await page.goto(`/coupons/${coupon.id}/codes`);
  await expect(page.getByRole("heading", { name: "Codes · Read only" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start import" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Generate codes" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
});

test("a marketer finds a coupon's redemptions from its page and reverts one", async ({ page }) => {
  const coupon = await makeCoupon(t.tenantId, { name: "Returns desk", singleUse: true });
  await addCodes(t.actors.marketer, coupon.id, { codes: ["RETURN-1", "RETURN-2"] });
  await redeemCodes(t.actors.marketer, { codes: ["RETURN-1"], orderId: "order-returned" });
  await redeemCodes(t.actors.marketer, { codes: ["RETURN-2"], orderId: "order-kept" });

  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await page.goto(`/coupons/${coupon.id}`);
  await page.getByRole("link", { name: "Redemptions (2)" }).click();
  await expect(page.getByRole("heading", { name: "Redemptions of Returns desk" })).toBeVisible();
  const table = page.getByRole("table", { name: "Redemptions" });
  await expect(table.getByRole("row").filter({ hasText: "order-kept" })).toContainText("Redeemed");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revert RETURN-1 for order order-returned" }).click();
  await expect(page.getByText("Reverted RETURN-1 for order order-returned.")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "order-returned" })).toContainText("Reverted");
  await expect(page.getByRole("button", { name: "Revert RETURN-1 for order order-returned" })).toHaveCount(0);
  // The use is back: the single-use code redeems again.
  expect((await redeemCodes(t.actors.marketer, { codes: ["RETURN-1"], orderId: "order-again" })).redemptions).toHaveLength(1);
});
