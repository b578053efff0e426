// How many live offers the exclusion list touches: those naming an excluded product directly, and
// those targeting a category that contains one (they keep working, minus those products).
import { db } from "@/lib/db/client";

export type AffectedOffers = { byProduct: number; byCategory: number };

export async function countAffectedOffers(tenantId: string, ids: string[]): Promise<AffectedOffers> {
  if (ids.length === 0) return { byProduct: 0, byCategory: 0 };
  const products = await db().product.findMany({ where: { tenantId, id: { in: ids } }, select: { categories: true } });
  const categories = [
    ...new Set(
      products.flatMap((p) =>
        (Array.isArray(p.categories) ? (p.categories as unknown[]) : []).filter((c): c is string => typeof c === "string"),
      ),
    ),
  ];
  const live = await db().offerTarget.findMany({
    where: {
      tenantId,
      OR: [{ type: "product", value: { in: ids } }, ...(categories.length ? [{ type: "category", value: { in: categories } }] : [])],
    },
    select: { offerId: true, type: true },
  });
  const offerIds = [...new Set(live.map((t) => t.offerId))];
  const notArchived = new Set(
    (await db().offer.findMany({ where: { tenantId, id: { in: offerIds }, archivedAt: null }, select: { id: true } })).map((o) => o.id),
  );
  const direct = new Set(live.filter((t) => t.type === "product" && notArchived.has(t.offerId)).map((t) => t.offerId));
  const viaCategory = new Set(
    live.filter((t) => t.type === "category" && notArchived.has(t.offerId) && !direct.has(t.offerId)).map((t) => t.offerId),
  );
  return { byProduct: direct.size, byCategory: viaCategory.size };
}
