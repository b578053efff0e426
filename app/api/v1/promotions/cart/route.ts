// POST /api/v1/promotions/cart: applies automatic promotions and the given coupon codes to a cart; changes nothing.
import { ROLES } from "@/lib/auth/roles";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { toDiscountedCartView } from "@/lib/carts/view-schemas";
import { guardCodeLookups } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { withRateLimitHeaders } from "@/lib/rate-limits/headers";

// The cart's one read (context and codes) also checks the token (api-route.ts): every till sends one
// per scan, and this saves it a statement.
export const POST = apiRoute(
  { roles: ROLES.priceCart, body: CartRequestSchema, livenessInFirstRead: true },
  async ({ actor, body, request, liveness }) => {
    // A cart without codes guesses nothing and reserves nothing.
    const { answer, headers } = await guardCodeLookups(
      actor,
      request,
      body.couponCodes ?? [],
      () => priceCartForTenant(actor.tenantId, body, new Date(), liveness),
      (priced) => priced.unknownCodes,
      liveness,
    );
    return withRateLimitHeaders(json(toDiscountedCartView(answer.cart)), headers);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
