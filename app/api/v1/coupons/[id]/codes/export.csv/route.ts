// GET /api/v1/coupons/{id}/codes/export.csv: the coupon's codes as CSV (same filters as the list), streamed and formula-escaped.
import { ROLES } from "@/lib/auth/roles";
import { getCouponForCodes } from "@/lib/codes/get-coupon-for-codes";
import { CodeFilters } from "@/lib/codes/schemas";
import { streamCodesCsv } from "@/lib/codes/stream-csv";
import { apiRoute } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiRoute<Params, typeof CodeFilters>({ roles: ROLES.read, query: CodeFilters }, async ({ actor, params, query }) => {
  const coupon = await getCouponForCodes(actor.tenantId, params.id);
  return new Response(streamCodesCsv(actor.tenantId, coupon.id, query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="coupon-${coupon.id}-codes.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
