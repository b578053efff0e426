import { expect, test } from "@playwright/test";
import { makeTenant } from "@/tests/factories/tenant";
import { signIn } from "@/tests/e2e/support/sign-in";

test("a marketer signs in, lands on the dashboard and signs out", async ({ page }) => {
  const t = await makeTenant();
  await page.goto("/coupons");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcoupons/);
  await signIn(page, t.users.marketer.email, t.users.marketer.password);
  await expect(page).toHaveURL(/\/coupons$/);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  const t = await makeTenant();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(t.users.admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a viewer sees no write actions and the server refuses them", async ({ page }) => {
  const t = await makeTenant();
  await signIn(page, t.users.viewer.email, t.users.viewer.password);
  await page.goto("/settings/users");
  await expect(page.getByText("Only admins manage users.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add user" })).toHaveCount(0);
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  // The same session calling the API directly is refused by the server, not just hidden by the UI.
  const response = await page.request.post("/api/v1/stores", { data: { id: "viewer-store", name: "Nope" } });
  expect(response.status()).toBe(403);
  expect((await response.json()).code).toBe("forbidden");
});

test("an admin adds a user who can then sign in, and creates an API token that works once", async ({ page, browser, request }) => {
  const t = await makeTenant();
  await signIn(page, t.users.admin.email, t.users.admin.password);
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name").fill("Nora New");
  await form.getByLabel("Email").fill(`nora-${t.slug}@tests.couponsmith.test`);
  await form.getByLabel("Role").selectOption("marketer");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("Password must be at least 10 characters")).toBeVisible();
  await form.getByLabel("Initial password").fill("nora-password-1");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`nora-${t.slug}@tests.couponsmith.test can now sign in as Marketer.`)).toBeVisible();
  await expect(page.getByRole("cell", { name: "Nora New" })).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, `nora-${t.slug}@tests.couponsmith.test`, "nora-password-1");
  await other.close();

  await page.goto("/settings/api-tokens");
  const tokenForm = page.getByRole("form", { name: "Create an API token" });
  await tokenForm.getByLabel("Name").fill("Berlin till 1");
  await tokenForm.getByLabel("Role").selectOption("viewer");
  await tokenForm.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  expect(token).toMatch(/^cs_/);
  const ok = await request.get("/api/v1/stores", { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId("new-api-token")).toHaveCount(0);
  page.once("dialog", (dialog) => dialog.accept());
  await page
    .getByRole("row", { name: /Berlin till 1/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: /Berlin till 1/ }).getByText("Revoked")).toBeVisible();
  const refused = await request.get("/api/v1/stores", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});
