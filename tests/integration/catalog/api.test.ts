// The catalog route handlers called as Next calls them: bearer tokens, roles, status codes and bodies.
import { beforeAll, describe, expect, it } from "vitest";
import * as customerRoute from "@/app/api/v1/customers/[id]/route";
import * as customersRoute from "@/app/api/v1/customers/route";
import * as productRoute from "@/app/api/v1/products/[id]/route";
import * as importsRoute from "@/app/api/v1/products/imports/route";
import * as productsRoute from "@/app/api/v1/products/route";
import * as groupRoute from "@/app/api/v1/store-groups/[id]/route";
import * as groupsRoute from "@/app/api/v1/store-groups/route";
import * as storeRoute from "@/app/api/v1/stores/[id]/route";
import * as storesRoute from "@/app/api/v1/stores/route";
import { env } from "@/lib/env";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function call(
  handler: unknown,
  token: string,
  path: string,
  init: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
  params: Record<string, string> = {},
) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers };
  if (init.json !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

function csvForm(text: string, field = "import"): FormData {
  const form = new FormData();
  form.set(field, new File([text], "catalog.csv", { type: "text/csv" }));
  return form;
}

describe("catalog REST API", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await makeTenant();
  });

  it.each([
    { path: "/api/v1/stores", key: "store", collection: storesRoute, item: storeRoute, body: { name: "Shop" } },
    { path: "/api/v1/store-groups", key: "storeGroup", collection: groupsRoute, item: groupRoute, body: { name: "Group" } },
    {
      path: "/api/v1/products",
      key: "product",
      collection: productsRoute,
      item: productRoute,
      body: { name: "Thing", prices: [{ currency: "EUR", amount: 1 }] },
    },
    { path: "/api/v1/customers", key: "customer", collection: customersRoute, item: customerRoute, body: { name: "Ada" } },
  ])(
    "$path/{id} PUT needs the version read last; a stale one is a 409 that changes nothing",
    async ({ path, key, collection, item, body }) => {
      const id = `V-${key}`;
      const created = await call(collection.POST, t.tokens.admin, path, { method: "POST", json: { id, ...body } });
      expect((await created.json())[key].version).toBe("1");
      const put = (json: unknown) => call(item.PUT, t.tokens.admin, `${path}/${id}`, { method: "PUT", json }, { id });

      const missing = await put({ ...body, name: "No version" });
      expect(missing.status).toBe(400);
      expect((await missing.json()).causes).toEqual([
        expect.objectContaining({ field: "version", message: expect.stringContaining("send the version you read last") }),
      ]);

      const first = await put({ ...body, name: "First", version: "1" });
      expect(first.status).toBe(200);
      expect((await first.json())[key]).toMatchObject({ name: "First", version: "2" });

      const stale = await put({ ...body, name: "Lost update", version: "1" });
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({
        code: "version_mismatch",
        type: "conflict",
        causes: [{ field: "version", code: "version_mismatch" }],
        message: expect.stringContaining("current version 2"),
      });
      const now = await call(item.GET, t.tokens.viewer, `${path}/${id}`, {}, { id });
      expect((await now.json())[key]).toMatchObject({ name: "First", version: "2" });
    },
  );

  it("creates, reads, lists, replaces and deletes a product in major units", async () => {
    const created = await call(productsRoute.POST, t.tokens.marketer, "/api/v1/products", {
      method: "POST",
      json: {
        id: "SKU-1",
        name: "Runner",
        prices: [
          { currency: "EUR", amount: 19.99 },
          { currency: "JPY", amount: 3000 },
        ],
        categories: ["shoes"],
        attributes: { color: "red" },
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/api/v1/products/SKU-1");
    expect((await created.json()).product).toMatchObject({
      id: "SKU-1",
      prices: [
        { currency: "EUR", amount: 19.99 },
        { currency: "JPY", amount: 3000 },
      ],
    });

    const list = await call(productsRoute.GET, t.tokens.viewer, "/api/v1/products?q=run&category=shoes&count=1");
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({
      items: [{ id: "SKU-1" }],
      pagination: { page: 1, count: 1, total: 1 },
      links: { self: expect.stringContaining("page=1") },
    });

    const put = await call(
      productRoute.PUT,
      t.tokens.admin,
      "/api/v1/products/SKU-1",
      { method: "PUT", json: { name: "Runner 2", prices: [{ currency: "KWD", amount: 1.234 }], version: "1" } },
      { id: "SKU-1" },
    );
    expect(put.status).toBe(200);
    expect((await put.json()).product).toMatchObject({
      name: "Runner 2",
      prices: [{ currency: "KWD", amount: 1.234 }],
      categories: [],
      version: "2",
    });

    const del = await call(productRoute.DELETE, t.tokens.marketer, "/api/v1/products/SKU-1", { method: "DELETE" }, { id: "SKU-1" });
    expect(del.status).toBe(204);
    expect((await call(productRoute.GET, t.tokens.viewer, "/api/v1/products/SKU-1", {}, { id: "SKU-1" })).status).toBe(404);
  });

  it("answers 400 with one cause per bad field, naming the limit", async () => {
    const response = await call(productsRoute.POST, t.tokens.marketer, "/api/v1/products", {
      method: "POST",
      json: {
        id: "X",
        name: "X",
        prices: [
          { currency: "usd", amount: 1 },
          { currency: "EUR", amount: 1.001 },
        ],
      },
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: "validation_failed", status: 400 });
    expect(body.causes.map((c: { field: string }) => c.field)).toEqual(["prices[0].currency", "prices[1].amount"]);
    expect(body.causes[1].message).toBe("EUR amounts may have at most 2 decimals");
    const badQuery = await call(productsRoute.GET, t.tokens.viewer, "/api/v1/products?count=500");
    expect(badQuery.status).toBe(400);
  });

  it("refuses viewers' writes with 403", async () => {
    const response = await call(productsRoute.POST, t.tokens.viewer, "/api/v1/products", { method: "POST", json: { id: "V", name: "V" } });
    expect(response.status).toBe(403);
    expect(
      (await call(customersRoute.POST, t.tokens.viewer, "/api/v1/customers", { method: "POST", json: { id: "V", name: "V" } })).status,
    ).toBe(403);
    expect(
      (await call(groupsRoute.POST, t.tokens.viewer, "/api/v1/store-groups", { method: "POST", json: { id: "V", name: "V" } })).status,
    ).toBe(403);
    expect(
      (await call(importsRoute.POST, t.tokens.viewer, "/api/v1/products/imports", { method: "POST", body: csvForm("id,name\nA,B") }))
        .status,
    ).toBe(403);
    expect((await call(productsRoute.GET, t.tokens.pos, "/api/v1/products")).status).toBe(403);
  });

  it("answers 409 when deleting a store group that still has stores", async () => {
    expect(
      (await call(groupsRoute.POST, t.tokens.marketer, "/api/v1/store-groups", { method: "POST", json: { id: "north", name: "North" } }))
        .status,
    ).toBe(201);
    expect(
      (
        await call(storesRoute.POST, t.tokens.marketer, "/api/v1/stores", {
          method: "POST",
          json: { id: "berlin", name: "Berlin", storeGroupId: "north" },
        })
      ).status,
    ).toBe(201);
    const conflict = await call(groupRoute.DELETE, t.tokens.marketer, "/api/v1/store-groups/north", { method: "DELETE" }, { id: "north" });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).message).toMatch(/still has 1 store/);
    const group = await call(groupRoute.GET, t.tokens.viewer, "/api/v1/store-groups/north", {}, { id: "north" });
    expect((await group.json()).storeGroup).toMatchObject({ id: "north", storeCount: 1 });
    const stores = await call(storesRoute.GET, t.tokens.viewer, "/api/v1/stores?storeGroupId=north");
    expect((await stores.json()).items.map((s: { id: string }) => s.id)).toEqual(["berlin"]);
  });

  it("keeps customers per tenant: another tenant's id answers 404", async () => {
    const created = await call(customersRoute.POST, t.tokens.marketer, "/api/v1/customers", {
      method: "POST",
      json: { id: "C-1", name: "Ada", lifetimePurchaseTotal: 10.5, rewardPoints: 3, segments: [{ key: "tier", value: "gold" }] },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).customer).toMatchObject({ lifetimePurchaseTotal: 10.5, currency: "EUR" });
    const other = await makeTenant();
    expect((await call(customerRoute.GET, other.tokens.admin, "/api/v1/customers/C-1", {}, { id: "C-1" })).status).toBe(404);
    expect(
      (
        await call(
          customerRoute.PUT,
          other.tokens.admin,
          "/api/v1/customers/C-1",
          { method: "PUT", json: { name: "Mine", version: "1" } },
          { id: "C-1" },
        )
      ).status,
    ).toBe(404);
    expect(
      (await call(customerRoute.DELETE, other.tokens.admin, "/api/v1/customers/C-1", { method: "DELETE" }, { id: "C-1" })).status,
    ).toBe(404);
  });

  it("imports a CSV upload and reports the rejected rows", async () => {
    const response = await call(importsRoute.POST, t.tokens.marketer, "/api/v1/products/imports", {
      method: "POST",
      body: csvForm("id,name,price_EUR\nIMP-1,Good,1.50\nIMP-2,Bad,1.505\n"),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).productsImport).toEqual({
      totalRows: 2,
      importedCount: 1,
      rejectedCount: 1,
      errors: [{ row: 3, id: "IMP-2", field: "price_EUR", message: expect.any(String) }],
    });
  });

  it("answers 415, 400 and 413 for wrong uploads", async () => {
    const json = await call(importsRoute.POST, t.tokens.marketer, "/api/v1/products/imports", { method: "POST", json: { id: "x" } });
    expect(json.status).toBe(415);
    expect((await json.json()).code).toBe("unsupported_media_type");
    const wrongField = await call(importsRoute.POST, t.tokens.marketer, "/api/v1/products/imports", {
      method: "POST",
      body: csvForm("id,name\nA,B", "file"),
    });
    expect(wrongField.status).toBe(400);
    expect((await wrongField.json()).causes).toEqual([expect.objectContaining({ field: "import" })]);
    const header = await call(importsRoute.POST, t.tokens.marketer, "/api/v1/products/imports", {
      method: "POST",
      body: csvForm("sku;title\n1;2"),
    });
    expect(header.status).toBe(400);
    const latin1 = new FormData();
    latin1.set("import", new File([new Uint8Array([0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x41, 0x2c, 0xe9])], "latin1.csv"));
    expect((await call(importsRoute.POST, t.tokens.marketer, "/api/v1/products/imports", { method: "POST", body: latin1 })).status).toBe(
      400,
    );

    const limit = env().IMPORT_MAX_FILE_BYTES;
    const original = limit;
    try {
      // env() is cached, so shrink the limit in place for this one request.
      env().IMPORT_MAX_FILE_BYTES = 100;
      const big = await call(importsRoute.POST, t.tokens.marketer, "/api/v1/products/imports", {
        method: "POST",
        body: csvForm(`id,name\n${"A,B\n".repeat(100)}`),
      });
      expect(big.status).toBe(413);
      expect((await big.json()).message).toContain("100 bytes");
    } finally {
      env().IMPORT_MAX_FILE_BYTES = original;
    }
  });
});
