// POST /api/v1/coupons/reservations: holds an order's uses and discount amounts for ttlSeconds (contract §7).
// Unknown codes count against the caller's guessing budget (429 past it), as for redemptions.
import { ROLES } from "@/lib/auth/roles";
import { guardCodeLookups } from "@/lib/codes/unknown-code-limiter";
import { apiRoute, created } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { withRateLimitHeaders } from "@/lib/rate-limits/headers";
import { reserveCodes } from "@/lib/reservations/reserve-codes";
import { ReserveCodesInput } from "@/lib/reservations/schemas";

export const POST = apiRoute({ roles: ROLES.checkout, body: ReserveCodesInput }, async ({ actor, body, request }) => {
  const { answer, headers } = await guardCodeLookups(actor, request, body.codes, () => reserveCodes(actor, body));
  return withRateLimitHeaders(created({ reservation: answer }, `/api/v1/coupons/reservations/${answer.id}`), headers);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
