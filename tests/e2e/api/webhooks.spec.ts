// /api/v1/webhooks over HTTP (contract §9): CRUD with its errors, a delivery to a real receiver on
// localhost that verifies with standardwebhooks, the delivery log, and replay on the same webhook-id.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";
import { startWebhookReceiver } from "@/tests/support/webhook-receiver";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const ENDPOINT = { url: "https://erp.example.com/hooks", eventTypes: ["redemption.created", "import.completed"] };

async function createEndpoint(request: APIRequestContext, t: TestTenant, data: Record<string, unknown> = ENDPOINT) {
  const response = await request.post("/api/v1/webhooks", { headers: auth(t.tokens.admin), data });
  expect(response.status()).toBe(201);
  return (await response.json()).webhook;
}

test("create, read, list, replace as read, and delete an endpoint", async ({ request }) => {
  const t = await makeTenant();
  const response = await request.post("/api/v1/webhooks", { headers: auth(t.tokens.admin), data: { ...ENDPOINT, description: "ERP" } });
  expect(response.status()).toBe(201);
  const { webhook } = await response.json();
  expect(response.headers().location).toBe(`/api/v1/webhooks/${webhook.id}`);
  expect(webhook).toMatchObject({ ...ENDPOINT, description: "ERP", enabled: true, disabledReason: null, version: "1" });
  expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  expect(webhook.secretHint).toBe(`${webhook.secret.slice(0, 10)}…`);

  const read = await (await request.get(`/api/v1/webhooks/${webhook.id}`, { headers: auth(t.tokens.admin) })).json();
  expect(read.webhook).not.toHaveProperty("secret");
  const secret = await (await request.get(`/api/v1/webhooks/${webhook.id}/secret`, { headers: auth(t.tokens.admin) })).json();
  expect(secret).toEqual({ secret: webhook.secret });

  const list = await (await request.get("/api/v1/webhooks", { headers: auth(t.tokens.admin) })).json();
  expect(list).toMatchObject({ items: [{ id: webhook.id }], pagination: { page: 1, total: 1 } });

  // GET → change a field → PUT the whole answer back (contract §1.4).
  const put = await request.put(`/api/v1/webhooks/${webhook.id}`, {
    headers: auth(t.tokens.admin),
    data: { ...read.webhook, description: "ERP sync" },
  });
  expect(put.status()).toBe(200);
  expect((await put.json()).webhook).toMatchObject({ description: "ERP sync", version: "2" });
  const stale = await request.put(`/api/v1/webhooks/${webhook.id}`, {
    headers: auth(t.tokens.admin),
    data: { ...read.webhook, description: "late" },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).code).toBe("version_mismatch");

  expect((await request.delete(`/api/v1/webhooks/${webhook.id}`, { headers: auth(t.tokens.admin) })).status()).toBe(204);
  const gone = await request.get(`/api/v1/webhooks/${webhook.id}`, { headers: auth(t.tokens.admin) });
  expect(gone.status()).toBe(404);
  expect(await gone.json()).toMatchObject({ code: "not_found", status: 404 });
});

test("answers bad input, other roles, other tenants and other methods with the error object", async ({ request }) => {
  const t = await makeTenant();
  const other = await makeTenant();
  const post = (data: unknown, token = t.tokens.admin) => request.post("/api/v1/webhooks", { headers: auth(token), data });
  const cases: [unknown, string, RegExp][] = [
    [{ ...ENDPOINT, url: "http://erp.example.com/hooks" }, "url", /https/],
    [{ ...ENDPOINT, url: "not a url" }, "url", /absolute URL/],
    [{ ...ENDPOINT, url: `https://e.com/${"a".repeat(2001)}` }, "url", /at most 2000/],
    [{ ...ENDPOINT, eventTypes: ["redemption.deleted"] }, "eventTypes[0]", /Event types are/],
    [{ ...ENDPOINT, eventTypes: [] }, "eventTypes", /at least one/],
    [{ ...ENDPOINT, description: "d".repeat(201) }, "description", /at most 200/],
    [{ ...ENDPOINT, secret: "whsec_x" }, "secret", /Unknown field/],
    [{ eventTypes: ENDPOINT.eventTypes }, "url", /./],
  ];
  for (const [data, field, message] of cases) {
    const response = await post(data);
    expect(response.status(), field).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ status: 400, code: "validation_failed" });
    expect(body.causes[0].field, JSON.stringify(data).slice(0, 80)).toBe(field);
    expect(body.causes[0].message).toMatch(message);
  }
  expect(
    (
      await request.post("/api/v1/webhooks", { headers: { ...auth(t.tokens.admin), "content-type": "application/json" }, data: "{" })
    ).status(),
  ).toBe(400);
  for (const role of ["marketer", "viewer", "pos"] as const) expect((await post(ENDPOINT, t.tokens[role])).status(), role).toBe(403);
  expect((await request.post("/api/v1/webhooks", { data: ENDPOINT })).status()).toBe(401);

  const mine = await createEndpoint(request, t);
  for (const path of [`/api/v1/webhooks/${mine.id}`, `/api/v1/webhooks/${mine.id}/secret`, `/api/v1/webhooks/${mine.id}/deliveries`]) {
    const response = await request.get(path, { headers: auth(other.tokens.admin) });
    expect(response.status(), path).toBe(404);
  }
  expect((await request.post(`/api/v1/webhooks/${mine.id}/deliveries/nope/replay`, { headers: auth(t.tokens.admin) })).status()).toBe(404);
  const patch = await request.patch(`/api/v1/webhooks/${mine.id}`, { headers: auth(t.tokens.admin), data: {} });
  expect(patch.status()).toBe(405);
  expect(await patch.json()).toMatchObject({ code: "method_not_allowed" });
  expect(patch.headers().allow).toContain("PUT");
  const badQuery = await request.get(`/api/v1/webhooks/${mine.id}/deliveries?status=lost`, { headers: auth(t.tokens.admin) });
  expect(badQuery.status()).toBe(400);
  expect((await badQuery.json()).causes[0].field).toBe("status");
});

test("delivers a redemption to a receiver on localhost, signed; logs it; replays it on the same webhook-id", async ({ request }) => {
  const receiver = await startWebhookReceiver();
  try {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["HOOK-1"] });
    const webhook = await createEndpoint(request, t, { url: receiver.url, eventTypes: ["redemption.created"] });
    const redeemed = await request.post("/api/v1/coupons/redemptions", {
      headers: auth(t.tokens.pos),
      data: { codes: ["HOOK-1"], orderId: "o-hook" },
    });
    expect(redeemed.status()).toBe(200);
    const [first] = await receiver.waitFor(1);
    const payload = new Webhook(webhook.secret).verify(first.body, first.headers as Record<string, string>);
    expect(payload).toMatchObject({ type: "redemption.created", data: { redemption: { code: "HOOK-1", orderId: "o-hook" } } });

    const deliveries = async () =>
      (await (await request.get(`/api/v1/webhooks/${webhook.id}/deliveries`, { headers: auth(t.tokens.admin) })).json()).items;
    await expect.poll(async () => (await deliveries())[0]?.status).toBe("succeeded");
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ id: first.headers["webhook-id"], eventType: "redemption.created", attempts: 1, lastStatusCode: 200 });

    const replay = await request.post(`/api/v1/webhooks/${webhook.id}/deliveries/${delivery.id}/replay`, { headers: auth(t.tokens.admin) });
    expect(replay.status()).toBe(202);
    expect((await replay.json()).delivery.id).toBe(delivery.id);
    const [, second] = await receiver.waitFor(2);
    expect(second.headers["webhook-id"]).toBe(delivery.id);
    expect(new Webhook(webhook.secret).verify(second.body, second.headers as Record<string, string>)).toEqual(payload);
    await expect.poll(async () => (await deliveries())[0].log.map((a: { trigger: string }) => a.trigger)).toEqual(["replay", "schedule"]);

    // A switched-off endpoint takes no replay.
    await db().webhookEndpoint.update({ where: { id: webhook.id }, data: { enabled: false, disabledReason: "test" } });
    const refused = await request.post(`/api/v1/webhooks/${webhook.id}/deliveries/${delivery.id}/replay`, {
      headers: auth(t.tokens.admin),
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).causes[0]).toMatchObject({ field: "enabled", code: "endpoint_disabled" });
  } finally {
    await receiver.close();
  }
});
