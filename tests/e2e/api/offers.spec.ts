// Coupons and promotions over real HTTP (contract §1.3–§1.4): create, read, replace, list and filter,
// versions, validation and tenancy. Archive, duplicate and bulk activation: offer-housekeeping.spec.ts;
// the exclusion list: exclusions.spec.ts; the OpenAPI document: openapi.spec.ts.
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeTenant } from "@/tests/factories/tenant";
import { auth } from "@/tests/e2e/support/bearer";
import { couponBody, create } from "@/tests/e2e/support/offers-api";

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
