// The distinct categories of the tenant's products, for the category picker. Categories live in a JSON
// array per product, so each database unnests it its own way.
import { db, isPostgres } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";

export async function listCategories(tenantId: string, limit = 500): Promise<string[]> {
  const rows = isPostgres()
    ? await db().$queryRaw<{ value: string }[]>(
        Prisma.sql`SELECT DISTINCT c.value AS "value" FROM "Product" p, jsonb_array_elements_text(CASE WHEN jsonb_typeof(p."categories") = 'array' THEN p."categories" ELSE '[]'::jsonb END) AS c(value) WHERE p."tenantId" = ${tenantId} ORDER BY 1 LIMIT ${limit}`,
      )
    : await db().$queryRaw<{ value: string }[]>(
        Prisma.sql`SELECT DISTINCT j.value AS "value" FROM "Product" p, json_each(p."categories") j WHERE p."tenantId" = ${tenantId} AND json_valid(p."categories") AND json_type(p."categories") = 'array' AND j.type = 'text' ORDER BY 1 LIMIT ${limit}`,
      );
  return rows.map((r) => r.value);
}
