// Customer look-ups for the coupon form's consumer picker, read straight from the catalog table.
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";

export type CustomerOption = { id: string; name: string };

export async function searchCustomers(tenantId: string, q: string, limit = 20): Promise<CustomerOption[]> {
  const text = q.trim().slice(0, 100);
  return db().customer.findMany({
    where: {
      tenantId,
      ...(text ? { OR: [{ id: containsText(text) }, { name: containsText(text) }, { email: containsText(text) }] } : {}),
    },
    select: { id: true, name: true },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(limit, 1), 50),
  });
}

/** The customers among `ids` (the form flags the others: a coupon for them would never apply). */
export async function findCustomers(tenantId: string, ids: string[]): Promise<CustomerOption[]> {
  if (ids.length === 0) return [];
  return db().customer.findMany({ where: { tenantId, id: { in: ids.slice(0, 10_000) } }, select: { id: true, name: true } });
}
