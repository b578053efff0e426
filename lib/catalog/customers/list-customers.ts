import { toCustomerView, type CustomerView } from "@/lib/catalog/customers/customer-view";
import { orderByFrom, type CatalogListQuery } from "@/lib/catalog/schemas";
import { containsText } from "@/lib/db/dialect";
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";

const SORTABLE = ["id", "name", "email", "rewardPoints", "lifetimePurchaseTotal", "createdAt", "updatedAt"] as const;

export async function listCustomers(tenantId: string, query: CatalogListQuery): Promise<Page<CustomerView>> {
  const where = {
    tenantId,
    ...(query.q ? { OR: [{ id: containsText(query.q) }, { name: containsText(query.q) }, { email: containsText(query.q) }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().customer.findMany({ where, orderBy: orderByFrom(query.sort, SORTABLE, "name"), ...skipTake(query) }),
    db().customer.count({ where }),
  ]);
  return { items: rows.map(toCustomerView), total };
}
