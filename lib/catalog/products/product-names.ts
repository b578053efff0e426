// Names of a few products by id, for screens that show lines of a cart (the cart itself carries ids only).
import { db } from "@/lib/db/client";

export async function productNames(tenantId: string, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const rows = await db().product.findMany({ where: { tenantId, id: { in: unique } }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}
