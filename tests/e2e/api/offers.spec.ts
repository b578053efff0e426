// Coupons, promotions and the exclusion list over real HTTP (contract §1.3–§1.4, §2).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

const couponBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Ten percent",
  validFrom: "2026-01-01T00:00:00+01:00",
  category: { kind: "CartLevelPercentage", discount: 10 },
  currencies: [{ code: "EUR", minimumCartValue: 50 }],
  ...overrides,
});

async function create(request: APIRequestContext, t: TestTenant, path: "coupons" | "promotions", body: Record<string, unknown>) {
  const response = await request.post(`/api/v1/${path}`, { headers: auth(t.tokens.marketer), data: body });
  expect(response.status(), await response.text()).toBe(201);
  return response;
}

test("coupons: create, get, replace and list", async ({ request }) => {
  const t = await makeTenant();
  await db().store.create({ data: { tenantId: t.tenantId, id: "berlin", name: "Berlin" } });
  const response = await create(
    request,
    t,
    "coupons",
    couponBody({ stores: ["berlin"], consumers: ["C-1"], segment: { key: "type", value: "gold", schema: 1 } }),
  );
  const { coupon, links } = await response.json();
  expect(response.headers().location).toBe(`/api/v1/coupons/${coupon.id}`);
  expect(links.self).toBe(`/api/v1/coupons/${coupon.id}`);
  expect(coupon).toMatchObject({
    tenant: t.slug,
    name: "Ten percent",
    active: false,
    status: "Disabled",
    singleUse: false,
    stores: ["berlin"],
    consumers: ["C-1"],
    codesCount: 0,
    redemptionsCount: 0,
    exclusive: false,
  });
  expect(coupon.version).toMatch(/^[0-9a-f-]{36}$/);

  const read = await request.get(`/api/v1/coupons/${coupon.id}`, { headers: auth(t.tokens.viewer) });
  expect((await read.json()).coupon).toEqual(coupon);

  const put = await request.put(`/api/v1/coupons/${coupon.id}`, {
    headers: auth(t.tokens.admin),
    data: { ...couponBody({ name: "Eleven", active: true, validTo: "2099-01-01T00:00:00Z" }), version: coupon.version, tenant: t.slug },
  });
  expect(put.status(), await put.text()).toBe(200);
  const updated = (await put.json()).coupon;
  expect(updated).toMatchObject({ name: "Eleven", active: true, status: "Active", stores: [], consumers: [], segment: null });
  expect(updated.version).not.toBe(coupon.version);

  const list = await request.get("/api/v1/coupons?name=elev", { headers: auth(t.tokens.viewer) });
  const body = await list.json();
  expect(body.items.map((c: { id: string }) => c.id)).toEqual([coupon.id]);
  expect(body.pagination).toMatchObject({ page: 1, count: 20, total: 1 });
  expect(body.links.self).toContain("/api/v1/coupons?");
});

test("promotions: every kind including bundles; coupons refuse bundles", async ({ request }) => {
  const t = await makeTenant();
  const filter = { productIds: ["SKU-1"] };
  const categories = [
    { kind: "CartLevelFixed", discount: 5, products: { categories: ["shoes"] } },
    { kind: "ProductLevelPercentage", discount: 15, products: filter, maxQuantity: 2 },
    { kind: "BogoFixed", buy: { quantity: 2, products: filter }, get: { quantity: 1, products: filter }, discount: 3 },
    {
      kind: "BundlePercentage",
      items: [
        { products: filter, quantity: 1 },
        { products: { categories: ["socks"] }, quantity: 2 },
      ],
      discount: 20,
    },
    { kind: "BundleFixed", items: [{ products: filter, quantity: 3 }], discount: 10, maxApplications: 1 },
    { kind: "FreeShipping", shippingOptions: ["standard"] },
  ];
  for (const category of categories) {
    const { promotion } = await (await create(request, t, "promotions", couponBody({ name: category.kind, category }))).json();
    expect(promotion.category).toEqual(category);
    expect(promotion).not.toHaveProperty("consumers");
    expect(promotion).not.toHaveProperty("codesCount");
  }
  const list = await (
    await request.get("/api/v1/promotions?kind=BundlePercentage,BundleFixed&sort=name", { headers: auth(t.tokens.viewer) })
  ).json();
  expect(list.items.map((p: { name: string }) => p.name)).toEqual(["BundleFixed", "BundlePercentage"]);

  const refused = await request.post("/api/v1/coupons", {
    headers: auth(t.tokens.marketer),
    data: couponBody({ category: categories[3] }),
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).causes.map((c: { field: string }) => c.field)).toEqual(["category.kind"]);
  const couponOnly = await request.post("/api/v1/promotions", {
    headers: auth(t.tokens.marketer),
    data: couponBody({ consumers: [], singleUse: true }),
  });
  expect((await couponOnly.json()).causes.map((c: { field: string }) => c.field).sort()).toEqual(["consumers", "singleUse"]);
});

test("filters and paging", async ({ request }) => {
  const t = await makeTenant();
  await db().product.create({
    data: { tenantId: t.tenantId, id: "SKU-1", name: "Boot", categories: ["shoes"], attributes: {}, prices: [] },
  });
  const made: Record<string, string> = {};
  const specs: [string, Record<string, unknown>][] = [
    ["Alpha", { active: true, validFrom: "2099-01-01T00:00:00Z" }],
    ["Bravo", { active: true, validTo: "2020-02-01T00:00:00Z", validFrom: "2020-01-01T00:00:00Z" }],
    ["Charlie", { active: true, category: { kind: "ProductLevelFixed", discount: 2, products: { categories: ["shoes"] } } }],
    ["Delta", {}],
    ["Echo", {}],
  ];
  for (const [name, overrides] of specs)
    made[name] = (await (await create(request, t, "coupons", couponBody({ name, ...overrides }))).json()).coupon.id;
  await db().couponCode.create({ data: { tenantId: t.tenantId, offerId: made.Delta, code: "DELTA-10" } });
  const names = async (query: string) =>
    ((await (await request.get(`/api/v1/coupons?${query}`, { headers: auth(t.tokens.viewer) })).json()).items as { name: string }[]).map(
      (c) => c.name,
    );

  expect(await names("status=Planned")).toEqual(["Alpha"]);
  expect(await names("status=Expired")).toEqual(["Bravo"]);
  expect(await names("status=Active")).toEqual(["Charlie"]);
  expect(await names("status=Disabled&sort=name")).toEqual(["Delta", "Echo"]);
  expect(await names("code=DELTA-10,NOPE")).toEqual(["Delta"]);
  expect(await names("name=alp,cha&sort=-name")).toEqual(["Charlie", "Alpha"]);
  expect(await names("product=SKU-1")).toEqual(["Charlie"]);
  expect(await names("kind=ProductLevelFixed")).toEqual(["Charlie"]);
  expect(await names("active=false&sort=name")).toEqual(["Delta", "Echo"]);

  const page2 = await (await request.get("/api/v1/coupons?sort=name&count=2&page=2", { headers: auth(t.tokens.viewer) })).json();
  expect(page2.items.map((c: { name: string }) => c.name)).toEqual(["Charlie", "Delta"]);
  expect(page2.pagination).toMatchObject({ page: 2, count: 2, total: 5, totalPages: 3 });
  expect(page2.links.next).toContain("page=3");
  expect(page2.links.prev).toContain("page=1");

  const bad = await request.get("/api/v1/coupons?count=500&status=Running", { headers: auth(t.tokens.viewer) });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).causes.map((c: { field: string }) => c.field).sort()).toEqual(["count", "status"]);
});

test("a stale version answers 409 and changes nothing; category cannot change", async ({ request }) => {
  const t = await makeTenant();
  const { coupon } = await (await create(request, t, "coupons", couponBody())).json();
  const first = await request.put(`/api/v1/coupons/${coupon.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...couponBody({ name: "First" }), version: coupon.version },
  });
  expect(first.status()).toBe(200);
  const stale = await request.put(`/api/v1/coupons/${coupon.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...couponBody({ name: "Second" }), version: coupon.version },
  });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ code: "version_mismatch", status: 409 });
  const now = (await (await request.get(`/api/v1/coupons/${coupon.id}`, { headers: auth(t.tokens.viewer) })).json()).coupon;
  expect(now).toEqual((await first.json()).coupon);

  const changed = await request.put(`/api/v1/coupons/${coupon.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...couponBody({ category: { kind: "CartLevelFixed", discount: 5 } }), version: now.version },
  });
  expect(changed.status()).toBe(400);
  expect((await changed.json()).causes.map((c: { field: string }) => c.field)).toEqual(["category"]);
  const missing = await request.put(`/api/v1/coupons/${coupon.id}`, { headers: auth(t.tokens.marketer), data: couponBody() });
  expect((await missing.json()).causes.map((c: { field: string }) => c.field)).toEqual(["version"]);
});

test("validation names the field; malformed JSON is a 400", async ({ request }) => {
  const t = await makeTenant();
  const response = await request.post("/api/v1/coupons", {
    headers: auth(t.tokens.marketer),
    data: couponBody({
      validFrom: "2026-01-01T00:00:00",
      currencies: [{ code: "EUR" }, { code: "EUR" }],
      category: { kind: "CartLevelPercentage", discount: 120 },
    }),
  });
  expect(response.status()).toBe(400);
  const fields = (await response.json()).causes.map((c: { field: string }) => c.field).sort();
  // Every bad field at once, cross-field rules included.
  expect(fields).toEqual(["category.discount", "currencies[1].code", "validFrom"]);
  const malformed = await request.post("/api/v1/promotions", {
    headers: { ...auth(t.tokens.marketer), "Content-Type": "application/json" },
    data: "{ nope",
  });
  expect(malformed.status()).toBe(400);
  const unknownStore = await request.post("/api/v1/promotions", {
    headers: auth(t.tokens.marketer),
    data: couponBody({ stores: ["nowhere"] }),
  });
  expect((await unknownStore.json()).causes).toEqual([expect.objectContaining({ field: "stores[0]" })]);
});

test("another tenant's ids answer 404; viewers cannot write", async ({ request }) => {
  const t = await makeTenant();
  const other = await makeTenant();
  const { coupon } = await (await create(request, t, "coupons", couponBody())).json();
  const { promotion } = await (await create(request, t, "promotions", couponBody())).json();
  expect((await request.get(`/api/v1/coupons/${coupon.id}`, { headers: auth(other.tokens.admin) })).status()).toBe(404);
  expect((await request.get(`/api/v1/promotions/${promotion.id}`, { headers: auth(other.tokens.admin) })).status()).toBe(404);
  expect((await request.get(`/api/v1/promotions/${coupon.id}`, { headers: auth(t.tokens.admin) })).status()).toBe(404);
  expect(
    (
      await request.put(`/api/v1/coupons/${coupon.id}`, {
        headers: auth(other.tokens.admin),
        data: { ...couponBody(), version: coupon.version },
      })
    ).status(),
  ).toBe(404);
  expect((await request.post(`/api/v1/coupons/${coupon.id}/archive`, { headers: auth(other.tokens.admin) })).status()).toBe(404);
  expect((await (await request.get("/api/v1/coupons", { headers: auth(other.tokens.admin) })).json()).pagination.total).toBe(0);

  for (const role of ["viewer", "pos"] as const) {
    expect((await request.post("/api/v1/coupons", { headers: auth(t.tokens[role]), data: couponBody() })).status()).toBe(403);
    expect(
      (
        await request.put(`/api/v1/promotions/${promotion.id}`, {
          headers: auth(t.tokens[role]),
          data: { ...couponBody(), version: promotion.version },
        })
      ).status(),
    ).toBe(403);
    expect((await request.put("/api/v1/promotions/exclusions", { headers: auth(t.tokens[role]), data: { ids: ["X"] } })).status()).toBe(
      403,
    );
  }
  expect((await request.get("/api/v1/promotions", { headers: auth(t.tokens.pos) })).status()).toBe(403);
  expect((await request.get("/api/v1/coupons")).status()).toBe(401);
});

test("archive and duplicate", async ({ request }) => {
  const t = await makeTenant();
  const { promotion } = await (await create(request, t, "promotions", couponBody({ name: "Original", active: true }))).json();
  const copy = await request.post(`/api/v1/promotions/${promotion.id}/duplicate`, { headers: auth(t.tokens.marketer) });
  expect(copy.status()).toBe(201);
  expect((await copy.json()).promotion).toMatchObject({ name: "Copy of Original", active: false, category: promotion.category });
  expect((await request.post(`/api/v1/promotions/${promotion.id}/archive`, { headers: auth(t.tokens.marketer) })).status()).toBe(204);
  expect((await request.get(`/api/v1/promotions/${promotion.id}`, { headers: auth(t.tokens.viewer) })).status()).toBe(404);
  const { coupon } = await (await create(request, t, "coupons", couponBody())).json();
  await db().offer.update({ where: { id: coupon.id }, data: { redemptions: 1 } });
  const refused = await request.post(`/api/v1/coupons/${coupon.id}/archive`, { headers: auth(t.tokens.marketer) });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).code).toBe("conflict");
});

test("exclusion list: GET, PUT (deduplicated, capped), DELETE", async ({ request }) => {
  const t = await makeTenant();
  const url = "/api/v1/promotions/exclusions";
  expect(await (await request.get(url, { headers: auth(t.tokens.viewer) })).json()).toEqual({
    tenant: t.slug,
    ids: [],
    createdAt: null,
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
  });
  const put = await request.put(url, { headers: auth(t.tokens.marketer), data: { ids: ["SKU-1", "SKU-2", "SKU-1"] } });
  expect(put.status()).toBe(200);
  expect(await put.json()).toMatchObject({ tenant: t.slug, ids: ["SKU-1", "SKU-2"], createdBy: expect.stringContaining("token:") });
  expect((await (await request.get(url, { headers: auth(t.tokens.viewer) })).json()).ids).toEqual(["SKU-1", "SKU-2"]);

  const tooMany = await request.put(url, {
    headers: auth(t.tokens.marketer),
    data: { ids: Array.from({ length: 1001 }, (_, i) => `P-${i}`) },
  });
  expect(tooMany.status()).toBe(400);
  const error = await tooMany.json();
  expect(error.causes[0]).toMatchObject({ field: "ids", code: "too_big" });
  expect(error.message).toContain("1000");
  const badId = await request.put(url, { headers: auth(t.tokens.marketer), data: { ids: ["ok", "not ok"] } });
  expect((await badId.json()).causes.map((c: { field: string }) => c.field)).toEqual(["ids[1]"]);

  expect((await request.delete(url, { headers: auth(t.tokens.marketer) })).status()).toBe(204);
  expect((await (await request.get(url, { headers: auth(t.tokens.viewer) })).json()).ids).toEqual([]);
});

test("the OpenAPI document and its HTML rendering are public", async ({ request }) => {
  const doc = await request.get("/api/openapi.json");
  expect(doc.status()).toBe(200);
  const json = await doc.json();
  expect(json.openapi).toBe("3.1.0");
  expect(Object.keys(json.paths)).toContain("/api/v1/promotions/exclusions");
  const html = await request.get("/api/docs");
  expect(html.headers()["content-type"]).toContain("text/html");
  // The page is Swagger UI, which renders the document in the browser (tests/e2e/api-docs.spec.ts).
  expect(await html.text()).toContain("/api/openapi.json");
  expect((await request.get("/api/docs/assets/swagger-ui-bundle.js")).status()).toBe(200);
  const unknown = await request.get("/api/docs/assets/package.json");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ status: 404, code: "not_found" });
});

test("bulk activation: switches several at once, all or nothing, writers only", async ({ request }) => {
  const t = await makeTenant();
  const other = await makeTenant();
  const ids: string[] = [];
  for (const name of ["One", "Two"]) ids.push((await (await create(request, t, "promotions", couponBody({ name }))).json()).promotion.id);
  const foreign = (await (await create(request, other, "promotions", couponBody())).json()).promotion.id;
  const path = "/api/v1/promotions/bulk-activation";

  const refused = await request.post(path, { headers: auth(t.tokens.marketer), data: { ids: [ids[0], foreign], active: true } });
  expect(refused.status()).toBe(404);
  expect((await refused.json()).causes).toEqual([expect.objectContaining({ field: "ids[1]", code: "not_found" })]);
  expect((await (await request.get(`/api/v1/promotions/${ids[0]}`, { headers: auth(t.tokens.viewer) })).json()).promotion.active).toBe(
    false,
  );

  const invalid = await request.post(path, { headers: auth(t.tokens.marketer), data: { ids: [], active: "yes" } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).causes.map((c: { field: string }) => c.field).sort()).toEqual(["active", "ids"]);
  expect((await request.post(path, { headers: auth(t.tokens.viewer), data: { ids, active: true } })).status()).toBe(403);

  const enabled = await request.post(path, { headers: auth(t.tokens.marketer), data: { ids, active: true } });
  expect(enabled.status(), await enabled.text()).toBe(200);
  expect(await enabled.json()).toEqual({ active: true, changed: ids, unchanged: [] });
  const again = await request.post(path, { headers: auth(t.tokens.admin), data: { ids: [ids[1]], active: true } });
  expect(await again.json()).toEqual({ active: true, changed: [], unchanged: [ids[1]] });
  const list = await request.get("/api/v1/promotions?status=Active", { headers: auth(t.tokens.viewer) });
  expect((await list.json()).items.map((p: { id: string }) => p.id).sort()).toEqual([...ids].sort());
});
