// POST /api/v0/d/coupons creates one coupon of a definition or template (200 { label, code, id, is_enabled });
// GET lists coupons by code: ?filter[code]=A&filter[code]=B (or a comma list), count, page.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listBody, PageQuery } from "@/lib/http/pagination";
import { createLegacyCoupon } from "@/lib/legacy/create-legacy-coupon";
import { listLegacyCouponsByCode } from "@/lib/legacy/list-legacy-coupons";
import { codeFilterOf } from "@/lib/legacy/code-filter";
import { LegacyCouponCreateInput } from "@/lib/legacy/schemas";

export const POST = apiRoute({ roles: ROLES.write, body: LegacyCouponCreateInput }, async ({ actor, body }) =>
  json(await createLegacyCoupon(actor, body)),
);

export const GET = apiRoute({ roles: ROLES.read, query: PageQuery }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listLegacyCouponsByCode(actor.tenantId, codeFilterOf(url.searchParams), query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
