// Products of a tenant, searched by id or name, filtered by category, sorted and paged.
// The category lives in a JSON array, and Prisma cannot filter JSON arrays on SQLite, so the page of
// ids comes from SQL (over the dialect fragments of lib/db/dialect); the rows are then read through Prisma.
import { orderByFrom, type ProductListQuery } from "@/lib/catalog/schemas";
import { toProductView, type ProductView } from "@/lib/catalog/products/product-view";
import { db } from "@/lib/db/client";
import { jsonArrayHolds, jsonArrayStrings, textContains } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/sqlite/client";
import { skipTake, type Page } from "@/lib/http/pagination";

const SORTABLE = ["id", "name", "createdAt", "updatedAt"] as const;

function whereClause(tenantId: string, query: ProductListQuery): Prisma.Sql {
  const conditions = [Prisma.sql`"tenantId" = ${tenantId}`];
  if (query.q) conditions.push(Prisma.sql`(${textContains(Prisma.sql`"id"`, query.q)} OR ${textContains(Prisma.sql`"name"`, query.q)})`);
  if (query.category) conditions.push(jsonArrayHolds(Prisma.sql`"Product"."categories"`, query.category));
  return Prisma.join(conditions, " AND ");
}

export async function listProducts(tenantId: string, query: ProductListQuery): Promise<Page<ProductView>> {
  const where = whereClause(tenantId, query);
  // orderByFrom only ever returns whitelisted column names, so they may go into the SQL text.
  const orderBy = orderByFrom(query.sort, SORTABLE, "name").map((o) => {
    const [[field, direction]] = Object.entries(o);
    return Prisma.raw(`"${field}" ${direction === "desc" ? "DESC" : "ASC"}`);
  });
  const { skip, take } = skipTake(query);
  const [keys, counted] = await Promise.all([
    db().$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Product" WHERE ${where} ORDER BY ${Prisma.join(orderBy, ", ")} LIMIT ${take} OFFSET ${skip}`,
    db().$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS total FROM "Product" WHERE ${where}`,
  ]);
  const ids = keys.map((k) => k.id);
  const rows = ids.length ? await db().product.findMany({ where: { tenantId, id: { in: ids } } }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toProductView(row)] : []; // deleted between the two reads
  });
  return { items, total: Number(counted[0]?.total ?? 0) };
}

/** Distinct categories in use, for the category filter and pickers (capped: a list of thousands helps nobody). */
export async function listProductCategories(tenantId: string, limit = 200): Promise<string[]> {
  const category = jsonArrayStrings(Prisma.sql`p."categories"`, "c");
  const rows = await db().$queryRaw<{ category: string }[]>`
    SELECT DISTINCT ${category.value} AS "category" FROM "Product" p, ${category.from}
    WHERE p."tenantId" = ${tenantId} AND ${category.where} ORDER BY 1 LIMIT ${limit}`;
  return rows.map((r) => r.category);
}
