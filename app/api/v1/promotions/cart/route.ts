// POST /api/v1/promotions/cart: applies automatic promotions and the given coupon codes to a cart; changes nothing.
import { ROLES } from "@/lib/auth/roles";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { assertUnknownCodeBudget, clientAddressOf, recordUnknownCodeLookup } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, json } from "@/lib/http/api-route";

export const POST = apiRoute({ roles: ROLES.priceCart, body: CartRequestSchema }, async ({ actor, body, request }) => {
  const caller = `${actor.type}:${actor.id}`;
  const address = clientAddressOf(request);
  // Guessing defence: callers that keep asking for codes that do not exist are slowed down (429).
  if (body.couponCodes?.length) await assertUnknownCodeBudget(caller, address);
  const { cart, unknownCodes } = await priceCartForTenant(actor.tenantId, body);
  for (let i = 0; i < unknownCodes.length; i++) await recordUnknownCodeLookup(caller, address);
  return json(cart);
});
