// The Prisma `where` for a coupon's codes under the list/export filters; tenant and coupon always inside.
import type { CodeFilters } from "@/lib/codes/schemas";
import { startsWithExactly } from "@/lib/db/dialect";

export function codeWhere(tenantId: string, offerId: string, filters: CodeFilters) {
  return {
    tenantId,
    offerId,
    // Codes are case-sensitive, and % and _ are code characters.
    ...(filters.code ? { code: startsWithExactly(filters.code) } : {}),
    ...(filters.active === undefined ? {} : { active: filters.active }),
    ...(filters.redeemed === undefined ? {} : { redemptions: filters.redeemed ? { gt: 0 } : 0 }),
  };
}
