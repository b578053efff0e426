// Contract §9: budget.threshold, written in the redemption (or reservation) transaction when usage
// crosses 50, 80, 95 or 100 % of a budget, exactly once per (offer, currency, window, threshold), and
// delivered to a subscribed webhook receiver.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { registerAppJobHandlers } from "@/lib/job-kinds";
import { disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";
import { reserveCodes } from "@/lib/reservations/reserve-codes";
import { ReserveCodesInput } from "@/lib/reservations/schemas";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { DELIVER_JOB_KIND } from "@/lib/webhooks/delivery-schedule";
import { dispatchOutbox } from "@/lib/webhooks/dispatch-outbox";
import { WebhookInput } from "@/lib/webhooks/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { startWebhookReceiver, type WebhookReceiver } from "@/tests/support/webhook-receiver";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
/** A one-line EUR cart whose 10 % discount is `cents` cents. */
const cartFor = (cents: number) => ({ currency: "EUR", items: [{ productId: "p", quantity: 1, price: (cents * 10) / 100 }] });
/** The tenant's budget.threshold events by window, then threshold (one order's crossings share their createdAt). */
const thresholdsOf = async (tenantId: string) =>
  (await db().outboxEvent.findMany({ where: { tenantId, type: "budget.threshold" } }))
    .map((e) => (typeof e.data === "string" ? JSON.parse(e.data) : e.data) as { window: string | null; threshold: number; used: number })
    .sort((a, b) => String(a.window).localeCompare(String(b.window)) || a.threshold - b.threshold);

let receiver: WebhookReceiver | null = null;
beforeAll(() => {
  disableBackgroundJobRunner();
  registerAppJobHandlers();
});
afterEach(() => receiver?.close());

describe("budget.threshold events (contract §9)", () => {
  it("writes each of 50, 80, 95 and 100 % once, with the amounts, even when a revert lets the budget cross again", async () => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["B"],
      limits: { budget: [{ currency: "EUR", amount: 10 }] },
    });
    const redeem = (orderId: string, cents: number) => redeemCodes(t.actors.admin, { codes: ["B"], orderId, cart: cartFor(cents) });
    await redeem("o1", 499);
    expect(await thresholdsOf(t.tenantId)).toEqual([]);
    await redeem("o2", 1); // 5.00 of 10.00: exactly 50 %
    const big = await redeem("o3", 450); // 9.50: 80 and 95 in one order
    expect(await thresholdsOf(t.tenantId)).toEqual([
      { offer: { id: couponId, type: "coupon" }, currency: "EUR", window: null, threshold: 50, used: 5, budget: 10 },
      { offer: { id: couponId, type: "coupon" }, currency: "EUR", window: null, threshold: 80, used: 9.5, budget: 10 },
      { offer: { id: couponId, type: "coupon" }, currency: "EUR", window: null, threshold: 95, used: 9.5, budget: 10 },
    ]);
    await revertRedemption(t.actors.admin, big.redemptions[0].id);
    await redeem("o4", 450);
    expect((await thresholdsOf(t.tenantId)).map((e) => e.threshold)).toEqual([50, 80, 95]);
    await redeem("o5", 50);
    expect((await thresholdsOf(t.tenantId)).map((e) => [e.threshold, e.used])).toEqual([
      [50, 5],
      [80, 9.5],
      [95, 9.5],
      [100, 10],
    ]);
  });

  it("counts held amounts: a reservation crossing a threshold writes it, per window, for a promotion too", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    const promoId = await makeOffer(t.tenantId, {
      family: "promotion",
      category: tenPercent,
      limits: { budget: [{ currency: "EUR", amount: 2 }], window: "day" },
    });
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["R"] });
    const now = new Date("2026-12-02T12:00:00Z");
    await reserveCodes(t.actors.admin, ReserveCodesInput.parse({ codes: ["R"], orderId: "h1", cart: cartFor(100) }), now);
    expect(await thresholdsOf(t.tenantId)).toEqual([
      { offer: { id: promoId, type: "promotion" }, currency: "EUR", window: "2026-12-02", threshold: 50, used: 1, budget: 2 },
    ]);
    // The next day is a new window: its 50 % is a new event.
    await redeemCodes(
      t.actors.admin,
      RedeemCodesInput.parse({ codes: [], orderId: "d2", cart: cartFor(100) }),
      new Date("2026-12-03T12:00:00Z"),
    );
    expect((await thresholdsOf(t.tenantId)).map((e) => [e.window, e.threshold])).toEqual([
      ["2026-12-02", 50],
      ["2026-12-03", 50],
    ]);
  });

  it("is delivered to a receiver subscribed to budget.threshold, signed", async () => {
    const t = await makeTenant();
    receiver = await startWebhookReceiver();
    const hook = await createWebhook(t.actors.admin, WebhookInput.parse({ url: receiver.url, eventTypes: ["budget.threshold"] }));
    const couponId = await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["W"],
      limits: { budget: [{ currency: "EUR", amount: 1 }] },
    });
    await redeemCodes(t.actors.admin, { codes: ["W"], orderId: "o1", cart: cartFor(100) });
    await dispatchOutbox();
    await runPendingJobs({ kinds: [DELIVER_JOB_KIND] });
    const mine = receiver.received.filter((r) => r.body.includes(couponId));
    expect(mine).toHaveLength(4);
    const payloads = mine.map(
      (r) => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>) as { type: string; data: { threshold: number } },
    );
    expect(payloads.map((p) => p.type)).toEqual(["budget.threshold", "budget.threshold", "budget.threshold", "budget.threshold"]);
    expect(payloads.map((p) => p.data.threshold).sort((a, b) => a - b)).toEqual([50, 80, 95, 100]);
  });
});
