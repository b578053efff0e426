// The Prisma `where` for a coupon's codes under the list/export filters; tenant and coupon always inside.
import { isPostgres } from "@/lib/db/client";
import type { CodeFilters } from "@/lib/codes/schemas";

/** Above every code character, so `code < prefix + TOP` ends the prefix range. */
const TOP = "\u{10FFFF}";

export function codeWhere(tenantId: string, offerId: string, filters: CodeFilters) {
  return {
    tenantId,
    offerId,
    // Codes are case-sensitive. SQLite's LIKE ignores ASCII case, so there a prefix is a range over the
    // BINARY collation (which also uses the index); PostgreSQL's LIKE is case-sensitive, but % and _ are
    // code characters and Prisma's startsWith does not escape them (measured), so we do.
    ...(filters.code
      ? { code: isPostgres() ? { startsWith: filters.code.replace(/[\\%_]/g, "\\$&") } : { gte: filters.code, lt: filters.code + TOP } }
      : {}),
    ...(filters.active === undefined ? {} : { active: filters.active }),
    ...(filters.redeemed === undefined ? {} : { redemptions: filters.redeemed ? { gt: 0 } : 0 }),
  };
}
