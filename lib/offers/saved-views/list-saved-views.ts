// One user's saved views of a list (coupons or promotions), newest name order.
import { db } from "@/lib/db/client";

export type SavedViewList = "coupons" | "promotions";
export type SavedView = { id: string; name: string; query: string };

export async function listSavedViews(tenantId: string, userId: string, list: SavedViewList): Promise<SavedView[]> {
  return db().savedView.findMany({
    where: { tenantId, userId, list },
    select: { id: true, name: true, query: true },
    orderBy: { name: "asc" },
    take: 50,
  });
}
