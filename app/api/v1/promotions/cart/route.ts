// POST /api/v1/promotions/cart: applies automatic promotions and the given coupon codes to a cart; changes nothing.
import { ROLES } from "@/lib/auth/roles";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { apiRoute, json } from "@/lib/http/api-route";

export const POST = apiRoute({ roles: ROLES.priceCart, body: CartRequestSchema }, async ({ actor, body }) => {
  const { cart } = await priceCartForTenant(actor.tenantId, body);
  return json(cart);
});
