"use server";
// The simulator's product search; pricing itself happens in the page, through the same service as the API.
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { priceSimulatorLines } from "@/lib/carts/price-simulator-lines";
import { searchSimulatorProducts } from "@/lib/carts/search-simulator-products";

export async function searchProductsAction(query: string, currency: string) {
  return runAction(ROLES.read, (actor) => searchSimulatorProducts(actor.tenantId, String(query), String(currency).slice(0, 3)));
}

/** The lines' catalog prices in another currency, for re-pricing the cart on a currency switch. */
export async function priceLinesAction(productIds: string[], currency: string) {
  return runAction(ROLES.read, (actor) =>
    priceSimulatorLines(
      actor.tenantId,
      (Array.isArray(productIds) ? productIds : []).map(String).slice(0, 1000),
      String(currency).slice(0, 3),
    ),
  );
}
