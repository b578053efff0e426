// Settings → Webhooks in the browser: add an endpoint (its secret shown once), see a redemption's delivery
// in the endpoint's log, replay it, and switch an endpoint that was switched off on again.
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { signIn } from "@/tests/e2e/support/sign-in";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { startWebhookReceiver } from "@/tests/support/webhook-receiver";

test("an admin adds an endpoint, sees its delivery in the log and replays it", async ({ page, request }) => {
  const receiver = await startWebhookReceiver();
  try {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["UI-HOOK"] });
    await signIn(page, t.users.admin.email, t.users.admin.password);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Manage webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    const form = page.getByRole("form", { name: "Add a webhook endpoint" });
    await form.getByLabel("URL").fill("http://shop.example.com/hooks");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.locator("#new-webhook-url-error")).toContainText("https");
    await form.getByLabel("URL").fill(receiver.url);
    await form.getByLabel("Description").fill("Shop sync");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("new-webhook-secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByRole("region", { name: "Webhook endpoints" }).getByRole("link", { name: receiver.url })).toBeVisible();

    // A checkout elsewhere: the redemption's event reaches the receiver and shows in the log.
    const redeemed = await request.post("/api/v1/coupons/redemptions", {
      headers: { Authorization: `Bearer ${t.tokens.pos}` },
      data: { codes: ["UI-HOOK"], orderId: "ui-order" },
    });
    expect(redeemed.status()).toBe(200);
    await receiver.waitFor(1);

    await page.getByRole("link", { name: "Open the endpoint and its delivery log" }).click();
    await expect(page.getByRole("heading", { name: "Shop sync" })).toBeVisible();
    const log = page.getByRole("table", { name: "Deliveries" });
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(log.getByText("Delivered")).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(log.getByRole("cell", { name: "HTTP 200", exact: true })).toBeVisible();
    await expect(log.getByRole("cell", { name: "redemption.created", exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Reveal secret" }).click();
    await expect(page.getByTestId("webhook-secret")).toHaveText(secret);

    await log.getByRole("button", { name: /^Replay redemption.created/ }).click();
    await expect(page.getByText(/Replaying redemption.created/)).toBeVisible();
    await receiver.waitFor(2);
    expect(receiver.received[1].headers["webhook-id"]).toBe(receiver.received[0].headers["webhook-id"]);
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(log.locator("summary")).toHaveText(/^2/, { timeout: 1000 });
    }).toPass();
    await log.locator("summary").click();
    await expect(log.getByText(/\(replay\)/)).toBeVisible();
  } finally {
    await receiver.close();
  }
});

test("a switched-off endpoint shows why, and the admin switches it on again", async ({ page }) => {
  const t = await makeTenant();
  await signIn(page, t.users.admin.email, t.users.admin.password);
  await page.goto("/settings/webhooks");
  const form = page.getByRole("form", { name: "Add a webhook endpoint" });
  await form.getByLabel("URL").fill("https://down.example.com/hooks");
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByTestId("new-webhook-secret")).toBeVisible();
  const endpoint = await db().webhookEndpoint.findFirstOrThrow({ where: { tenantId: t.tenantId } });
  const reason = "Switched off on 2026-12-01 10:00 UTC: the last 5 deliveries failed all 12 attempts (last error: HTTP 503).";
  await db().webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { enabled: false, disabledReason: reason, disabledAt: new Date() },
  });

  await page.goto("/settings/webhooks");
  await expect(page.getByRole("region", { name: "Webhook endpoints" }).getByText("Switched off")).toBeVisible();
  await page.getByRole("link", { name: "https://down.example.com/hooks" }).click();
  await expect(page.getByTestId("webhook-disabled-reason")).toHaveText(reason);
  await page.getByRole("button", { name: "Switch on again" }).click();
  await expect(page.getByTestId("webhook-disabled-reason")).toHaveCount(0);
  expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
    enabled: true,
    disabledReason: null,
  });
});
