import { beforeAll, describe, expect, it } from "vitest";
import { getProductOrThrow } from "@/lib/catalog/products/get-product-or-throw";
import { listProductCategories, listProducts } from "@/lib/catalog/products/list-products";
import { createProduct, deleteProduct, updateProduct } from "@/lib/catalog/products/save-product";
import { ProductInput, ProductListQuery, ProductUpdate } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/zod-issues";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const query = (input: Record<string, unknown> = {}) => ProductListQuery.parse(input);
const product = (input: Record<string, unknown>) => parseOrThrow(ProductInput, input);

function validationCauses(input: unknown): { field?: string; message: string }[] {
  try {
    parseOrThrow(ProductInput, input);
  } catch (error) {
    if (error instanceof AppError) return error.causes;
    throw error;
  }
  throw new Error("expected a validation error");
}

describe("products", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await makeTenant();
    await createProduct(
      t.actors.marketer,
      product({
        id: "SKU-1",
        name: "Trail runner",
        categories: ["shoes", "running"],
        prices: [
          { currency: "EUR", amount: 119.99 },
          { currency: "JPY", amount: 19000 },
        ],
        attributes: { color: "red", brand: "Northwind" },
      }),
    );
    await createProduct(
      t.actors.marketer,
      product({ id: "SKU-2", name: "City sneaker", categories: ["shoes"], prices: [{ currency: "EUR", amount: 79.5 }] }),
    );
    await createProduct(
      t.actors.marketer,
      product({ id: "SKU-3", name: "Linen shirt", categories: ["shirts"], prices: [{ currency: "KWD", amount: 12.345 }] }),
    );
    await createProduct(t.actors.marketer, product({ id: "HAT_50", name: "Straw hat 50% off" }));
  });

  it("stores prices in minor units and answers in major units", async () => {
    const row = await db().product.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenantId, id: "SKU-1" } } });
    expect(row.prices).toEqual([
      { currency: "EUR", amount: 11999 },
      { currency: "JPY", amount: 19000 },
    ]);
    const kwd = await db().product.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenantId, id: "SKU-3" } } });
    expect(kwd.prices).toEqual([{ currency: "KWD", amount: 12345 }]);
    const view = await getProductOrThrow(t.tenantId, "SKU-1");
    expect(view).toMatchObject({
      id: "SKU-1",
      prices: [
        { currency: "EUR", amount: 119.99 },
        { currency: "JPY", amount: 19000 },
      ],
      categories: ["shoes", "running"],
      attributes: { brand: "Northwind", color: "red" },
    });
    expect((await getProductOrThrow(t.tenantId, "SKU-3")).prices).toEqual([{ currency: "KWD", amount: 12.345 }]);
  });

  it("lists with paging, sorting, search (ignoring case) and a category filter", async () => {
    const byName = await listProducts(t.tenantId, query());
    expect(byName.total).toBe(4);
    expect(byName.items.map((p) => p.id)).toEqual(["SKU-2", "SKU-3", "HAT_50", "SKU-1"]); // City, Linen, Straw, Trail
    const page = await listProducts(t.tenantId, query({ sort: "-id", count: 3, page: 2 }));
    expect(page).toMatchObject({ total: 4, items: [{ id: "HAT_50" }] });
    expect((await listProducts(t.tenantId, query({ sort: "id" }))).items.map((p) => p.id)).toEqual(["HAT_50", "SKU-1", "SKU-2", "SKU-3"]);
    expect((await listProducts(t.tenantId, query({ q: "sNEAKER" }))).items.map((p) => p.id)).toEqual(["SKU-2"]);
    expect((await listProducts(t.tenantId, query({ q: "sku-", sort: "id" }))).items.map((p) => p.id)).toEqual(["SKU-1", "SKU-2", "SKU-3"]);
    expect((await listProducts(t.tenantId, query({ category: "shoes", sort: "id" }))).items.map((p) => p.id)).toEqual(["SKU-1", "SKU-2"]);
    expect((await listProducts(t.tenantId, query({ category: "shoes", q: "trail" }))).items.map((p) => p.id)).toEqual(["SKU-1"]);
    expect((await listProducts(t.tenantId, query({ category: "sho" }))).total).toBe(0);
    expect(await listProductCategories(t.tenantId)).toEqual(["running", "shirts", "shoes"]);
  });

  it("treats % and _ in a search as literal characters", async () => {
    expect((await listProducts(t.tenantId, query({ q: "50%" }))).items.map((p) => p.id)).toEqual(["HAT_50"]);
    expect((await listProducts(t.tenantId, query({ q: "_" }))).items.map((p) => p.id)).toEqual(["HAT_50"]);
    expect((await listProducts(t.tenantId, query({ q: "%" }))).items.map((p) => p.id)).toEqual(["HAT_50"]);
  });

  it("validates prices: ISO code format, minor-unit decimals, no repeated currency", () => {
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "eur", amount: 1 }] })).toEqual([
      expect.objectContaining({ field: "prices[0].currency" }),
    ]);
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "EUR", amount: 19.999 }] })).toEqual([
      { field: "prices[0].amount", message: "EUR amounts may have at most 2 decimals", code: "custom" },
    ]);
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "JPY", amount: 100.5 }] })).toEqual([
      expect.objectContaining({ field: "prices[0].amount", message: "JPY amounts must be whole numbers" }),
    ]);
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "KWD", amount: 1.2345 }] })).toEqual([
      expect.objectContaining({ message: "KWD amounts may have at most 3 decimals" }),
    ]);
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "USD", amount: 0.1 + 0.2 }] })).toEqual([
      expect.objectContaining({ field: "prices[0].amount" }),
    ]);
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "EUR", amount: -1 }] })).toEqual([
      expect.objectContaining({ field: "prices[0].amount", message: "Amount must be 0 or more" }),
    ]);
    expect(validationCauses({ id: "X", name: "X", prices: [{ currency: "EUR", amount: "19.99" }] })).toEqual([
      expect.objectContaining({ field: "prices[0].amount" }),
    ]);
    expect(
      validationCauses({
        id: "X",
        name: "X",
        prices: [
          { currency: "EUR", amount: 1 },
          { currency: "EUR", amount: 2 },
        ],
      }),
    ).toEqual([expect.objectContaining({ field: "prices", message: "Each currency may have only one price" })]);
    expect(validationCauses({ id: "X", name: "X", categories: ["a|b"], attributes: { "k=v": "x" } }).map((c) => c.field)).toEqual([
      "categories[0]",
      "attributes.k=v",
    ]);
    expect(validationCauses({ id: "X", name: "X", color: "red" })).toEqual([
      expect.objectContaining({ field: "color", code: "unrecognized_keys" }),
    ]);
    expect(
      product({
        id: "X",
        name: "X",
        prices: [
          { currency: "KWD", amount: 1.234 },
          { currency: "JPY", amount: 1200 },
        ],
      }).prices,
    ).toHaveLength(2);
  });

  it("replaces a product on update and audits only what changed", async () => {
    await createProduct(
      t.actors.marketer,
      product({
        id: "UPD",
        name: "Before",
        categories: ["a"],
        attributes: { size: "M", color: "blue" },
        prices: [{ currency: "EUR", amount: 10 }],
      }),
    );
    const updated = await updateProduct(
      t.actors.admin,
      "UPD",
      parseOrThrow(ProductUpdate, {
        version: "1",
        name: "After",
        categories: ["a"],
        attributes: { color: "blue", size: "M" },
        prices: [{ currency: "EUR", amount: 12.5 }],
      }),
    );
    expect(updated).toMatchObject({ id: "UPD", name: "After", prices: [{ currency: "EUR", amount: 12.5 }] });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { tenantId: t.tenantId, objectType: "product", objectId: "UPD", action: "update" },
    });
    expect(event.changes).toEqual({
      name: { from: "Before", to: "After" },
      prices: { from: [{ currency: "EUR", amount: 10 }], to: [{ currency: "EUR", amount: 12.5 }] },
    });
    await deleteProduct(t.actors.admin, "UPD");
    await expect(getProductOrThrow(t.tenantId, "UPD")).rejects.toMatchObject({ code: "not_found" });
    const actions = (
      await db().auditEvent.findMany({
        where: { tenantId: t.tenantId, objectType: "product", objectId: "UPD" },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["create", "update", "delete"]);
  });

  it("refuses a duplicate id", async () => {
    await expect(createProduct(t.actors.marketer, product({ id: "SKU-1", name: "Again" }))).rejects.toMatchObject({ code: "conflict" });
  });

  it("answers not found for another tenant's product", async () => {
    const other = await makeTenant();
    await expect(getProductOrThrow(other.tenantId, "SKU-1")).rejects.toMatchObject({ code: "not_found" });
    await expect(
      updateProduct(other.actors.admin, "SKU-1", parseOrThrow(ProductUpdate, { name: "Mine", version: "1" })),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteProduct(other.actors.admin, "SKU-1")).rejects.toMatchObject({ code: "not_found" });
    expect((await listProducts(other.tenantId, query({ category: "shoes" }))).total).toBe(0);
    expect((await getProductOrThrow(t.tenantId, "SKU-1")).name).toBe("Trail runner");
  });
});
