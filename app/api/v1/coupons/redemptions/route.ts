// POST /api/v1/coupons/redemptions: redeems all the given codes for an order, or none. Unknown codes
// count against the caller's guessing budget (429 past it).
import { ROLES } from "@/lib/auth/roles";
import { guardCodeLookups } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, json } from "@/lib/http/api-route";
import { withRateLimitHeaders } from "@/lib/rate-limits/headers";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

// The redemption's first read (context and codes) also checks the token (api-route.ts), before it writes.
export const POST = apiRoute(
  { roles: ROLES.checkout, body: RedeemCodesInput, livenessInFirstRead: true },
  async ({ actor, body, request, liveness }) => {
    const { answer, headers } = await guardCodeLookups(
      actor,
      request,
      body.codes,
      () => redeemCodes(actor, body, new Date(), { liveness }),
      // An answer holds no unknown code: a redemption naming one is refused, and the refusal's causes count.
      () => [],
      liveness,
    );
    return withRateLimitHeaders(json({ redemptions: answer.redemptions, replayed: answer.replayed }), headers);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
