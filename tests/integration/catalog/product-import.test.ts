import { beforeAll, describe, expect, it } from "vitest";
import { importProducts } from "@/lib/catalog/products/import-products";
import { getProductOrThrow } from "@/lib/catalog/products/get-product-or-throw";
import { listProducts } from "@/lib/catalog/products/list-products";
import { parseProductCsv } from "@/lib/catalog/products/product-csv";
import { createProduct } from "@/lib/catalog/products/save-product";
import { ProductInput, ProductListQuery } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const LIMITS = { maxRows: 10_000 };

const CSV = [
  "\uFEFFid,name,categories,attributes,price_EUR,price_USD,price_JPY",
  "SKU-1,Trail runner,shoes|running,color=red|brand=Northwind,119.99,129.50,19000",
  '"SKU-2","Sneaker, city",shoes,,79.5,,',
  "",
  "SKU-3,Linen shirt,shirts,size=M,19.999,20,2000",
  "bad id,Broken,shoes,,1,1,1",
  "SKU-5,,shoes,,1,1,1",
  "SKU-6,Hat,hats,colour,5,5,5.5",
  "SKU-1,Trail runner again,shoes,,1,1,1",
  "SKU-8,Socks,socks,,abc,,",
  "SKU-9,Scarf,a|b,,,,",
].join("\r\n");

describe("product CSV parsing", () => {
  it("accepts good rows and explains every bad one, with spreadsheet row numbers", () => {
    const parsed = parseProductCsv(CSV, LIMITS);
    expect(parsed.totalRows).toBe(9);
    expect(parsed.products.map((p) => [p.row, p.product.id])).toEqual([
      [2, "SKU-1"],
      [3, "SKU-2"],
      [11, "SKU-9"],
    ]);
    expect(parsed.products[0].product).toEqual(
      ProductInput.parse({
        id: "SKU-1",
        name: "Trail runner",
        categories: ["shoes", "running"],
        attributes: { color: "red", brand: "Northwind" },
        prices: [
          { currency: "EUR", amount: 119.99 },
          { currency: "USD", amount: 129.5 },
          { currency: "JPY", amount: 19000 },
        ],
      }),
    );
    expect(parsed.products[1].product).toMatchObject({
      name: "Sneaker, city",
      prices: [{ currency: "EUR", amount: 79.5 }],
      attributes: {},
    });
    expect(parsed.rejectedRows).toBe(6);
    expect(parsed.errors).toEqual([
      { row: 5, id: "SKU-3", field: "price_EUR", message: expect.stringContaining("EUR amounts may have at most") },
      { row: 6, id: "bad id", field: "id", message: expect.stringContaining("may contain only") },
      { row: 7, id: "SKU-5", field: "name", message: "Name is required" },
      { row: 8, id: "SKU-6", field: "attributes", message: '"colour" is not written as key=value' },
      { row: 8, id: "SKU-6", field: "price_JPY", message: expect.stringContaining("JPY") },
      { row: 9, id: "SKU-1", field: "id", message: "Id SKU-1 already appears in row 2" },
      { row: 10, id: "SKU-8", field: "price_EUR", message: expect.stringContaining('"abc" is not an amount') },
    ]);
  });

  it("refuses a file whose header it cannot use", () => {
    expect(() => parseProductCsv("sku,title\nA,B", LIMITS)).toThrow(
      expect.objectContaining({
        code: "validation_failed",
        causes: expect.arrayContaining([
          expect.objectContaining({ message: expect.stringContaining('Unknown column "sku"') }),
          expect.objectContaining({ message: 'The header must have an "id" column' }),
        ]),
      }),
    );
    expect(() => parseProductCsv("", LIMITS)).toThrow(
      expect.objectContaining({ code: "validation_failed", causes: [expect.objectContaining({ field: "import" })] }),
    );
    expect(() => parseProductCsv("id,name,price_EUR,price_eur\nA,B,1,1", LIMITS)).toThrow(
      expect.objectContaining({ causes: [expect.objectContaining({ message: expect.stringContaining("more than once") })] }),
    );
  });

  it("reports malformed CSV lines and enforces the row limit", () => {
    const parsed = parseProductCsv('id,name\nA,"unterminated\nB,Fine', LIMITS);
    expect(parsed.products).toEqual([]);
    expect(parsed.errors[0]).toMatchObject({ row: 2, field: "row", message: expect.stringContaining("Malformed CSV") });
    expect(() => parseProductCsv("id,name\nA,a\nB,b\nC,c", { maxRows: 2 })).toThrow(
      expect.objectContaining({ code: "payload_too_large", message: "The file has 3 rows; the limit is 2 rows" }),
    );
  });
});

describe("product CSV import", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await makeTenant();
    await createProduct(
      t.actors.admin,
      ProductInput.parse({ id: "SKU-2", name: "Old sneaker", categories: ["shoes"], prices: [{ currency: "EUR", amount: 70 }] }),
    );
    await createProduct(t.actors.admin, ProductInput.parse({ id: "SKU-9", name: "Scarf", categories: ["a", "b"] }));
  });

  it("upserts the valid rows, leaves the rest, and audits each change", async () => {
    const result = await importProducts(t.actors.marketer, CSV, LIMITS);
    expect(result).toMatchObject({ totalRows: 9, importedCount: 3, rejectedCount: 6 });
    expect(result.errors).toHaveLength(7); // row 8 has two bad cells
    expect(await getProductOrThrow(t.tenantId, "SKU-1")).toMatchObject({
      name: "Trail runner",
      prices: [
        { currency: "EUR", amount: 119.99 },
        { currency: "USD", amount: 129.5 },
        { currency: "JPY", amount: 19000 },
      ],
      attributes: { brand: "Northwind", color: "red" },
    });
    const sku1 = await db().product.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenantId, id: "SKU-1" } } });
    expect(sku1.prices).toEqual([
      { currency: "EUR", amount: 11999 },
      { currency: "USD", amount: 12950 },
      { currency: "JPY", amount: 19000 },
    ]);
    expect(await getProductOrThrow(t.tenantId, "SKU-2")).toMatchObject({
      name: "Sneaker, city",
      prices: [{ currency: "EUR", amount: 79.5 }],
    });
    await expect(getProductOrThrow(t.tenantId, "SKU-3")).rejects.toMatchObject({ code: "not_found" });
    const found = await listProducts(t.tenantId, ProductListQuery.parse({ q: "trail", category: "running" }));
    expect(found.items.map((p) => p.id)).toEqual(["SKU-1"]);

    const events = await db().auditEvent.findMany({
      where: { tenantId: t.tenantId, objectType: "product", actorId: t.users.marketer.id },
      orderBy: { objectId: "asc" },
    });
    // SKU-9 was already identical, so it is neither rewritten nor audited.
    expect(events.map((e) => [e.objectId, e.action])).toEqual([
      ["SKU-1", "create"],
      ["SKU-2", "update"],
    ]);
    expect(events[1].changes).toEqual({
      name: { from: "Old sneaker", to: "Sneaker, city" },
      prices: { from: [{ currency: "EUR", amount: 70 }], to: [{ currency: "EUR", amount: 79.5 }] },
    });
  });

  it("is idempotent: the same file again changes nothing", async () => {
    const before = await db().auditEvent.count({ where: { tenantId: t.tenantId } });
    const again = await importProducts(t.actors.marketer, CSV, LIMITS);
    expect(again).toMatchObject({ importedCount: 3, rejectedCount: 6 });
    expect(await db().auditEvent.count({ where: { tenantId: t.tenantId } })).toBe(before);
    expect(await db().product.count({ where: { tenantId: t.tenantId } })).toBe(3);
  });

  it("imports more rows than one batch", async () => {
    const rows = Array.from({ length: 1203 }, (_, i) => `BULK-${i},Bulk ${i},bulk,n=${i},${(i / 100).toFixed(2)}`);
    const result = await importProducts(t.actors.marketer, ["id,name,categories,attributes,price_EUR", ...rows].join("\n"), LIMITS);
    expect(result).toMatchObject({ totalRows: 1203, importedCount: 1203, rejectedCount: 0, errors: [] });
    expect((await listProducts(t.tenantId, ProductListQuery.parse({ category: "bulk" }))).total).toBe(1203);
    expect(await getProductOrThrow(t.tenantId, "BULK-1202")).toMatchObject({
      prices: [{ currency: "EUR", amount: 12.02 }],
      attributes: { n: "1202" },
    });
  });

  it("writes only into the importing tenant", async () => {
    const other = await makeTenant();
    await importProducts(other.actors.admin, "id,name\nSKU-1,Someone else's product", LIMITS);
    expect((await getProductOrThrow(t.tenantId, "SKU-1")).name).toBe("Trail runner");
    expect((await getProductOrThrow(other.tenantId, "SKU-1")).name).toBe("Someone else's product");
  });
});

describe("product CSV amounts", () => {
  it("ignores trailing zeros but not real extra decimals", () => {
    const parsed = parseProductCsv("id,name,price_EUR,price_JPY,price_KWD\nA,A,19.900,1500.0,1.2340\nB,B,1.005,,\nC,C,,15.5,", LIMITS);
    expect(parsed.products.map((p) => p.product.prices)).toEqual([
      [
        { currency: "EUR", amount: 19.9 },
        { currency: "JPY", amount: 1500 },
        { currency: "KWD", amount: 1.234 },
      ],
    ]);
    expect(parsed.errors).toEqual([
      { row: 3, id: "B", field: "price_EUR", message: "EUR amounts may have at most 2 decimals (got 1.005)" },
      { row: 4, id: "C", field: "price_JPY", message: "JPY amounts must be whole numbers (got 15.5)" },
    ]);
  });
});
