// POST /api/v1/promotions/cart: applies automatic promotions and the given coupon codes to a cart; changes nothing.
import { ROLES } from "@/lib/auth/roles";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { toDiscountedCartView } from "@/lib/carts/view-schemas";
import { guardCodeLookups } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, json } from "@/lib/http/api-route";

export const POST = apiRoute({ roles: ROLES.priceCart, body: CartRequestSchema }, async ({ actor, body, request }) => {
  // Only carts that name codes take part in the guessing defence; a cart without codes guesses nothing.
  const price = () => priceCartForTenant(actor.tenantId, body);
  const { cart } = body.couponCodes?.length ? await guardCodeLookups(actor, request, price, (answer) => answer.unknownCodes.length) : await price();
  return json(toDiscountedCartView(cart));
});
