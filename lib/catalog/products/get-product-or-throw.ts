import { toProductView, type ProductView } from "@/lib/catalog/products/product-view";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function getProductOrThrow(tenantId: string, id: string): Promise<ProductView> {
  const row = await db().product.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!row) throw AppError.notFound(`Product ${id}`);
  return toProductView(row);
}
