import { toCustomerView, type CustomerView } from "@/lib/catalog/customers/customer-view";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function getCustomerOrThrow(tenantId: string, id: string): Promise<CustomerView> {
  const row = await db().customer.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!row) throw AppError.notFound(`Customer ${id}`);
  return toCustomerView(row);
}
