// Webhook deliveries end to end on a real database, to a real HTTP receiver on localhost: signatures
// verify with the standardwebhooks package, failed attempts (500, timeout) are retried on the schedule
// with the same webhook-id, replays too, a delivery claimed by a worker that died is taken over, and an
// endpoint whose deliveries keep failing is switched off with a notice.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { registerAppJobHandlers } from "@/lib/job-kinds";
import { STALE_AFTER_MS } from "@/lib/jobs/run-job";
import { claimNextJob, disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { DELIVER_JOB_KIND, DELIVERY_ATTEMPTS, SWITCH_OFF_AFTER_FAILED_DELIVERIES } from "@/lib/webhooks/delivery-schedule";
import { dispatchOutbox } from "@/lib/webhooks/dispatch-outbox";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhooks";
import { replayDelivery } from "@/lib/webhooks/replay-delivery";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { WebhookInput } from "@/lib/webhooks/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";
import { startWebhookReceiver, type Received, type WebhookReceiver } from "@/tests/support/webhook-receiver";

const cartLevel = { kind: "CartLevelPercentage" as const, discount: 10 };
let t: TestTenant;
let receiver: WebhookReceiver;
let codeCount = 0;

beforeAll(() => {
  disableBackgroundJobRunner();
  registerAppJobHandlers();
});
beforeEach(async () => {
  t = await makeTenant();
  receiver = await startWebhookReceiver({ hangMs: 2_500 });
});
afterEach(() => receiver.close());

const endpoint = (overrides: Partial<Record<string, unknown>> = {}) =>
  createWebhook(t.actors.admin, WebhookInput.parse({ url: receiver.url, eventTypes: ["redemption.created"], ...overrides }));

/** Redeems a new code of a new coupon: one redemption.created event. */
async function redeemOne(): Promise<string> {
  const code = `WH-${++codeCount}`;
  await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, codes: [code] });
  await redeemCodes(t.actors.admin, { codes: [code], orderId: `order-${code}` });
  return code;
}

/** Fans the outbox out and runs the delivery jobs due by `dueBy` (default now). */
async function deliver(dueBy?: Date): Promise<number> {
  await dispatchOutbox();
  return runPendingJobs({ kinds: [DELIVER_JOB_KIND], dueBy });
}

function verified(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as {
    type: string;
    timestamp: string;
    data: Record<string, unknown>;
  };
}

const deliveriesOf = async (endpointId: string) => (await listWebhookDeliveries(t.tenantId, endpointId, { page: 1, count: 100 })).items;

describe("signed deliveries", () => {
  it("POSTs each subscribed event once, signed so that Webhook.verify accepts it, and logs the attempt", async () => {
    const hook = await endpoint();
    const other = await startWebhookReceiver();
    try {
      await createWebhook(t.actors.admin, WebhookInput.parse({ url: other.url, eventTypes: ["import.completed"] }));
      await createWebhook(t.actors.admin, WebhookInput.parse({ url: other.url, eventTypes: ["redemption.created"], enabled: false }));
      const code = await redeemOne();
      expect(await deliver()).toBe(1);
      expect(receiver.received).toHaveLength(1);
      const [request] = receiver.received;
      expect(request.headers["content-type"]).toBe("application/json");
      const payload = verified(hook.secret, request);
      expect(payload).toMatchObject({
        type: "redemption.created",
        data: { redemption: { code, orderId: `order-${code}`, status: "redeemed" } },
      });
      // Another secret, or a changed body, does not verify.
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(request.body, request.headers as Record<string, string>),
      ).toThrow();
      expect(() =>
        new Webhook(hook.secret).verify(request.body.replace(code, "FORGED"), request.headers as Record<string, string>),
      ).toThrow();
      expect(other.received).toHaveLength(0);
      const [delivery] = await deliveriesOf(hook.id);
      expect(delivery).toMatchObject({
        id: request.headers["webhook-id"],
        status: "succeeded",
        attempts: 1,
        lastStatusCode: 200,
        nextAttemptAt: null,
      });
      expect(delivery.log).toEqual([
        expect.objectContaining({ attempt: 1, trigger: "schedule", outcome: "succeeded", statusCode: 200, error: null }),
      ]);
      // Nothing is sent twice: the event is dispatched and its job is done.
      expect(await deliver(new Date(Date.now() + 86_400_000))).toBe(0);
      expect(receiver.received).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe("retries", () => {
  it("retries after a 500 on the backoff schedule, with the same webhook-id, until the receiver accepts", async () => {
    const hook = await endpoint();
    receiver.script(500);
    await redeemOne();
    await deliver();
    let [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(delivery.lastError).toMatch(/^HTTP 500/);
    const next = new Date(delivery.nextAttemptAt!);
    // First retry about a minute later (60 s plus up to 10 % jitter), not before.
    expect(next.getTime() - Date.parse(delivery.lastAttemptAt!)).toBeGreaterThanOrEqual(59_000);
    expect(await deliver()).toBe(0);
    expect(await deliver(next)).toBe(1);
    [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 200 });
    expect(delivery.log.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [2, "succeeded", 200],
      [1, "failed", 500],
    ]);
    const ids = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(ids).toEqual([delivery.id, delivery.id]);
    expect(receiver.received[0].body).toBe(receiver.received[1].body);
    for (const request of receiver.received) expect(verified(hook.secret, request).type).toBe("redemption.created");
  });

  it("counts a receiver that does not answer within the timeout as a failed attempt, and retries it", async () => {
    const hook = await endpoint();
    receiver.script("hang");
    await redeemOne();
    await deliver();
    let [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(delivery.lastError).toMatch(/timed out/);
    expect(delivery.log[0].durationMs).toBeGreaterThanOrEqual(900);
    await deliver(new Date(delivery.nextAttemptAt!));
    [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 2 });
    await receiver.waitFor(2);
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([delivery.id]));
  });

  it("tries twelve times on the schedule (unit-tested to span over 24 h), then fails the delivery", async () => {
    const hook = await endpoint();
    receiver.always(503);
    await redeemOne();
    expect(await deliver(new Date(Date.now() + 3 * 86_400_000))).toBe(DELIVERY_ATTEMPTS);
    const [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: DELIVERY_ATTEMPTS, nextAttemptAt: null, lastStatusCode: 503 });
    const job = await db().job.findFirstOrThrow({ where: { kind: DELIVER_JOB_KIND, dedupKey: delivery.id } });
    expect(job).toMatchObject({ status: "failed", attempts: DELIVERY_ATTEMPTS });
  });
});

describe("replay and restarts", () => {
  it("replays a delivered event on the same webhook-id, logged as a replay", async () => {
    const hook = await endpoint();
    await redeemOne();
    await deliver();
    const [delivery] = await deliveriesOf(hook.id);
    const answer = await replayDelivery(t.actors.admin, hook.id, delivery.id);
    expect(answer.id).toBe(delivery.id);
    await runPendingJobs({ kinds: [DELIVER_JOB_KIND] });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([delivery.id, delivery.id]);
    const [after] = await deliveriesOf(hook.id);
    expect(after.log.map((a) => [a.attempt, a.trigger, a.outcome])).toEqual([
      [2, "replay", "succeeded"],
      [1, "schedule", "succeeded"],
    ]);
  });

  it("delivers events written while no runner ran, once a runner starts", async () => {
    const hook = await endpoint();
    await redeemOne();
    await redeemOne();
    expect(receiver.received).toHaveLength(0);
    // A fresh runner: the periodic fan-out is due within a second, then the deliveries.
    await runPendingJobs({ kinds: ["webhooks.dispatch", DELIVER_JOB_KIND], dueBy: new Date(Date.now() + 2_000) });
    expect(receiver.received).toHaveLength(2);
    expect((await deliveriesOf(hook.id)).map((d) => d.status)).toEqual(["succeeded", "succeeded"]);
  });

  it("takes over a delivery whose worker claimed it and died, and sends it once", async () => {
    const hook = await endpoint();
    await redeemOne();
    await dispatchOutbox();
    const dead = await claimNextJob({ kinds: [DELIVER_JOB_KIND] });
    expect(dead).not.toBeNull();
    expect(await runPendingJobs({ kinds: [DELIVER_JOB_KIND] })).toBe(0);
    await db().job.update({ where: { id: dead!.id }, data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1_000) } });
    expect(await runPendingJobs({ kinds: [DELIVER_JOB_KIND] })).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(await db().job.findUniqueOrThrow({ where: { id: dead!.id } })).toMatchObject({ status: "succeeded", attempts: 2 });
  });
});

describe("switching off", () => {
  it(`switches an endpoint off after ${SWITCH_OFF_AFTER_FAILED_DELIVERIES} deliveries in a row failed every attempt, with a notice; switching on clears it`, async () => {
    const hook = await endpoint();
    receiver.always(500);
    for (let i = 0; i < SWITCH_OFF_AFTER_FAILED_DELIVERIES; i++) await redeemOne();
    await deliver(new Date(Date.now() + 3 * 86_400_000));
    const off = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } });
    expect(off.enabled).toBe(false);
    expect(off.disabledReason).toMatch(
      new RegExp(`last ${SWITCH_OFF_AFTER_FAILED_DELIVERIES} deliveries failed all ${DELIVERY_ATTEMPTS} attempts.*HTTP 500`),
    );
    const audit = await db().auditEvent.findMany({
      where: { tenantId: t.tenantId, objectType: "webhook", objectId: hook.id, action: "switch_off" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorType).toBe("system");
    // No deliveries while off, and no replays.
    const before = receiver.received.length;
    await redeemOne();
    await deliver(new Date(Date.now() + 3 * 86_400_000));
    expect(receiver.received).toHaveLength(before);
    const [latest] = await deliveriesOf(hook.id);
    await expect(replayDelivery(t.actors.admin, hook.id, latest.id)).rejects.toMatchObject({ code: "conflict" });
    // Switched on again: the notice and the streak are gone, and new events are delivered.
    receiver.always(200);
    const on = await updateWebhook(t.actors.admin, hook.id, {
      url: hook.url,
      description: "",
      eventTypes: ["redemption.created"],
      enabled: true,
      version: String(off.version),
    });
    expect(on).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
    await redeemOne();
    await deliver();
    expect(receiver.received).toHaveLength(before + 1);
  });

  it("stops a pending delivery whose endpoint was deleted", async () => {
    const hook = await endpoint();
    receiver.script(500);
    await redeemOne();
    await deliver();
    await deleteWebhook(t.actors.admin, hook.id);
    expect(await deliver(new Date(Date.now() + 86_400_000))).toBe(1);
    expect(receiver.received).toHaveLength(1);
    expect(await db().webhookDelivery.count({ where: { endpointId: hook.id } })).toBe(0);
  });
});
