"use server";
// Catalog look-ups for the offer form's pickers (any signed-in role may read the catalog).
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { searchProducts } from "@/lib/offers/pickers/search-products";
import { text } from "@/lib/validation/text";
import { parseOrThrow } from "@/lib/zod-issues";

export async function searchProductsAction(q: string) {
  return runAction(ROLES.read, async (actor) => searchProducts(actor.tenantId, parseOrThrow(text("q").max(100), q)));
}
