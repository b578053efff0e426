"use server";
// The simulator's product search; pricing itself happens in the page, through the same service as the API.
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { searchSimulatorProducts } from "@/lib/carts/search-simulator-products";

export async function searchProductsAction(query: string, currency: string) {
  return runAction(ROLES.read, (actor) => searchSimulatorProducts(actor.tenantId, String(query), String(currency).slice(0, 3)));
}
