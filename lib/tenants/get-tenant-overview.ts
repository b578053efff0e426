import { db } from "@/lib/db/client";

/** Counts for the dashboard tiles. */
export async function getTenantOverview(tenantId: string) {
  const client = db();
  const [coupons, promotions, codes, products, stores, customers] = await Promise.all([
    client.offer.count({ where: { tenantId, family: "coupon", archivedAt: null } }),
    client.offer.count({ where: { tenantId, family: "promotion", archivedAt: null } }),
    client.couponCode.count({ where: { tenantId } }),
    client.product.count({ where: { tenantId } }),
    client.store.count({ where: { tenantId } }),
    client.customer.count({ where: { tenantId } }),
  ]);
  return { coupons, promotions, codes, products, stores, customers };
}
