// Saves (or replaces, by name) the current filters and sort of a list for the signed-in user.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SavedView, SavedViewList } from "@/lib/offers/saved-views/list-saved-views";

export const SaveViewInput = z.strictObject({
  list: z.enum(["coupons", "promotions"]),
  name: z.string().trim().min(1, "Give the view a name").max(60, "A view name has at most 60 characters"),
  query: z.string().max(2000, "These filters are too long to save"),
});

const KEPT_PARAMS = new Set(["name", "code", "status", "kind", "store", "product", "active", "sort", "count", "archived"]);

/** Keeps only the list's own filters (never the page number), in a stable order. */
export function viewQuery(query: string): string {
  const params = new URLSearchParams(query);
  const kept = [...params].filter(([key, value]) => KEPT_PARAMS.has(key) && value !== "").sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

export async function saveView(actor: Actor, input: { list: SavedViewList; name: string; query: string }): Promise<SavedView> {
  if (actor.type !== "user") throw new AppError("forbidden", "Saved views belong to a signed-in person, not to an API token");
  const query = viewQuery(input.query);
  return db().savedView.upsert({
    where: { tenantId_userId_list_name: { tenantId: actor.tenantId, userId: actor.id, list: input.list, name: input.name } },
    create: { tenantId: actor.tenantId, userId: actor.id, list: input.list, name: input.name, query },
    update: { query },
    select: { id: true, name: true, query: true },
  });
}
