// Product search for the offer form's pickers, read straight from the catalog tables (the catalog
// CRUD lives elsewhere; this only needs id, name and categories).
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";

export type ProductOption = { id: string; name: string; categories: string[] };

export async function searchProducts(tenantId: string, q: string, limit = 20): Promise<ProductOption[]> {
  const text = q.trim().slice(0, 100);
  const rows = await db().product.findMany({
    where: { tenantId, ...(text ? { OR: [{ id: containsText(text) }, { name: containsText(text) }] } : {}) },
    select: { id: true, name: true, categories: true },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(limit, 1), 50),
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    categories: Array.isArray(r.categories) ? (r.categories as unknown[]).filter((c): c is string => typeof c === "string") : [],
  }));
}

/** Which of `ids` exist in the catalog (the exclusion page flags the others). */
export async function existingProductIds(tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db().product.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}
