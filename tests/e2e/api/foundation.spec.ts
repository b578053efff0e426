// The HTTP contract every route shares (contract §1.1–§1.3), exercised over real HTTP on /api/v1/stores.
import { expect, test } from "@playwright/test";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { makeTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

function expectErrorShape(body: Record<string, unknown>, status: number, code: string) {
  expect(body).toMatchObject({ status, code });
  expect(typeof body.message).toBe("string");
  expect(typeof body.type).toBe("string");
  expect(typeof body.id).toBe("string");
  expect(Array.isArray(body.causes)).toBe(true);
}

test("no token answers 401 with the error object and a request id", async ({ request }) => {
  const response = await request.get("/api/v1/stores");
  expect(response.status()).toBe(401);
  expectErrorShape(await response.json(), 401, "unauthenticated");
  expect(response.headers()["x-request-id"]).toBeTruthy();
});

test("a bad or revoked token answers 401", async ({ request }) => {
  const t = await makeTenant();
  expect((await request.get("/api/v1/stores", { headers: auth("cs_nonsense") })).status()).toBe(401);
  expect((await request.get("/api/v1/stores", { headers: { Authorization: "Basic abc" } })).status()).toBe(401);
  const { token, record } = await createApiToken(t.actors.admin, { name: "short-lived", role: "admin" });
  expect((await request.get("/api/v1/stores", { headers: auth(token) })).status()).toBe(200);
  await revokeApiToken(t.actors.admin, record.id);
  const revoked = await request.get("/api/v1/stores", { headers: auth(token) });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).message).toMatch(/revoked/);
});

test("the wrong role answers 403", async ({ request }) => {
  const t = await makeTenant();
  for (const role of ["viewer", "pos"] as const) {
    const response = await request.post("/api/v1/stores", { headers: auth(t.tokens[role]), data: { id: "s1", name: "Store" } });
    expect(response.status()).toBe(403);
    expectErrorShape(await response.json(), 403, "forbidden");
  }
  expect((await request.get("/api/v1/stores", { headers: auth(t.tokens.pos) })).status()).toBe(403);
});

test("a tenant header that is not the token's tenant answers 403", async ({ request }) => {
  const t = await makeTenant();
  const other = await makeTenant();
  expect((await request.get("/api/v1/stores", { headers: { ...auth(t.tokens.admin), tenant: other.slug } })).status()).toBe(403);
  expect((await request.get("/api/v1/stores", { headers: { ...auth(t.tokens.admin), tenant: t.slug } })).status()).toBe(200);
});

test("another tenant's object answers 404, never the object", async ({ request }) => {
  const a = await makeTenant();
  const b = await makeTenant();
  const createdResponse = await request.post("/api/v1/stores", {
    headers: auth(a.tokens.marketer),
    data: { id: "only-a", name: "A's store", timeZone: "Europe/Paris" },
  });
  expect(createdResponse.status()).toBe(201);
  expect(createdResponse.headers().location).toBe("/api/v1/stores/only-a");
  expect((await request.get("/api/v1/stores/only-a", { headers: auth(a.tokens.viewer) })).status()).toBe(200);
  for (const attempt of [
    request.get("/api/v1/stores/only-a", { headers: auth(b.tokens.admin) }),
    request.put("/api/v1/stores/only-a", { headers: auth(b.tokens.admin), data: { name: "Hijacked", version: "1" } }),
    request.delete("/api/v1/stores/only-a", { headers: auth(b.tokens.admin) }),
  ]) {
    const response = await attempt;
    expect(response.status()).toBe(404);
    expect(JSON.stringify(await response.json())).not.toContain("A's store");
  }
  const list = await (await request.get("/api/v1/stores", { headers: auth(b.tokens.admin) })).json();
  expect(list.items.map((s: { id: string }) => s.id)).not.toContain("only-a");
});

test("malformed JSON answers 400 with a cause", async ({ request }) => {
  const t = await makeTenant();
  const response = await request.post("/api/v1/stores", {
    headers: { ...auth(t.tokens.admin), "content-type": "application/json" },
    data: Buffer.from('{"id": "x", "name": '),
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expectErrorShape(body, 400, "validation_failed");
  expect(body.causes[0].message).toMatch(/Malformed JSON/);
});

test("unknown fields and wrong types answer 400 with one cause per field", async ({ request }) => {
  const t = await makeTenant();
  const response = await request.post("/api/v1/stores", {
    headers: auth(t.tokens.admin),
    data: { id: 42, name: "", timeZone: "Mars/Olympus", colour: "red" },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  const fields = body.causes.map((c: { field: string }) => c.field).sort();
  expect(fields).toEqual(["colour", "id", "name", "timeZone"]);
  expect(body.causes.find((c: { field: string }) => c.field === "timeZone").message).toMatch(/IANA/);
});

test("a body over the limit answers 413 naming the limit, a non-JSON body 415", async ({ request }) => {
  const t = await makeTenant();
  const huge = JSON.stringify({ id: "big", name: "x".repeat(1_100_000) });
  const tooLarge = await request.post("/api/v1/stores", {
    headers: { ...auth(t.tokens.admin), "content-type": "application/json" },
    data: Buffer.from(huge),
  });
  expect(tooLarge.status()).toBe(413);
  const body = await tooLarge.json();
  expectErrorShape(body, 413, "payload_too_large");
  expect(body.message).toMatch(/1000000 bytes/);
  const wrongType = await request.post("/api/v1/stores", {
    headers: { ...auth(t.tokens.admin), "content-type": "text/plain" },
    data: Buffer.from("id=x"),
  });
  expect(wrongType.status()).toBe(415);
});

test("lists page as the contract says and reject bad paging", async ({ request }) => {
  const t = await makeTenant();
  for (let i = 1; i <= 5; i++) {
    expect(
      (await request.post("/api/v1/stores", { headers: auth(t.tokens.admin), data: { id: `s${i}`, name: `Store ${i}` } })).status(),
    ).toBe(201);
  }
  const page2 = await (await request.get("/api/v1/stores?count=2&page=2", { headers: auth(t.tokens.viewer) })).json();
  expect(page2.items.map((s: { id: string }) => s.id)).toEqual(["s3", "s4"]);
  expect(page2.pagination).toEqual({ page: 2, count: 2, total: 5, totalPages: 3 });
  expect(page2.links.next).toContain("page=3");
  const bad = await request.get("/api/v1/stores?count=500", { headers: auth(t.tokens.viewer) });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).causes[0]).toMatchObject({ field: "count", message: "count must be at most 100" });
});

test("x-request-id is echoed back", async ({ request }) => {
  const t = await makeTenant();
  const response = await request.get("/api/v1/stores", { headers: { ...auth(t.tokens.viewer), "x-request-id": "trace-123" } });
  expect(response.headers()["x-request-id"]).toBe("trace-123");
});
