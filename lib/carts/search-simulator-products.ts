// Product search for the Cart Simulator: name or SKU, priced in the chosen currency.
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import { toMajor } from "@/lib/money/currency";

export type SimulatorProduct = { id: string; name: string; price: number | null; categories: string[]; attributes: Record<string, string> };

export async function searchSimulatorProducts(tenantId: string, query: string, currency: string): Promise<SimulatorProduct[]> {
  const q = query.trim().slice(0, 100);
  const rows = await db().product.findMany({
    where: { tenantId, ...(q ? { OR: [{ id: containsText(q) }, { name: containsText(q) }] } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  return rows.map((row) => {
    const prices = Array.isArray(row.prices) ? (row.prices as { currency: string; amount: number }[]) : [];
    const price = prices.find((p) => p.currency === currency);
    return {
      id: row.id,
      name: row.name,
      price: price ? toMajor(price.amount, currency) : null,
      categories: Array.isArray(row.categories) ? (row.categories as string[]) : [],
      attributes: (row.attributes ?? {}) as Record<string, string>,
    };
  });
}
