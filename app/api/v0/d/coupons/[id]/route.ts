// GET /api/v0/d/coupons/{id} reads one coupon; PATCH updates is_enabled and validation_rules; POST is the
// deprecated update (same body and answer, plus a Deprecation header).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { getLegacyCouponOrThrow } from "@/lib/legacy/get-legacy-coupon-or-throw";
import { LegacyCouponUpdateInput } from "@/lib/legacy/schemas";
import { updateLegacyCoupon } from "@/lib/legacy/update-legacy-coupon";
import { withDeprecation } from "@/lib/legacy/deprecation";

type Params = { id: string };

export const GET = apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
  json(await getLegacyCouponOrThrow(actor.tenantId, params.id)),
);

export const PATCH = apiRoute<Params, undefined, typeof LegacyCouponUpdateInput>(
  { roles: ROLES.write, body: LegacyCouponUpdateInput },
  async ({ actor, params, body }) => json(await updateLegacyCoupon(actor, params.id, body)),
);

export const POST = withDeprecation(
  apiRoute<Params, undefined, typeof LegacyCouponUpdateInput>(
    { roles: ROLES.write, body: LegacyCouponUpdateInput },
    async ({ actor, params, body }) => json(await updateLegacyCoupon(actor, params.id, body)),
  ),
);

export const { PUT, DELETE } = otherMethods({ GET, PATCH, POST });
