// Stores and store groups for the POS forms' pickers (a retailer has hundreds of stores at most).
import { db } from "@/lib/db/client";

export async function storeChoices(
  tenantId: string,
): Promise<{ stores: { id: string; name: string }[]; groups: { id: string; name: string }[] }> {
  const [stores, groups] = await Promise.all([
    db().store.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 }),
    db().storeGroup.findMany({
      where: { tenantId },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
    }),
  ]);
  return { stores, groups };
}
