// POST /api/v0/d/coupon_templates creates a coupon template (200 { id, label }); its label shares the definitions' namespace.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { createCouponTemplate } from "@/lib/legacy/create-coupon-template";
import { CouponTemplateInput } from "@/lib/legacy/schemas";

export const POST = apiRoute({ roles: ROLES.write, body: CouponTemplateInput }, async ({ actor, body }) =>
  json(await createCouponTemplate(actor, body)),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
