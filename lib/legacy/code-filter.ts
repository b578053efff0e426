// `filter[code]` of GET /api/v0/d/coupons (contract §6): repeated (filter[code]=A&filter[code]=B) or a
// comma list, at least one code and at most MAX_CODE_FILTER, each a valid code.
import { AppError } from "@/lib/errors";
import { CouponCodeFilter } from "@/lib/legacy/schemas";
import { causesFromZod } from "@/lib/zod-issues";

export const CODE_FILTER_PARAM = "filter[code]";

export function codeFilterOf(searchParams: URLSearchParams): string[] {
  const codes = searchParams
    .getAll(CODE_FILTER_PARAM)
    .flatMap((value) => value.split(","))
    .map((code) => code.trim())
    .filter(Boolean);
  if (codes.length === 0)
    throw AppError.field(CODE_FILTER_PARAM, "Send the codes to look up as filter[code]=A&filter[code]=B (or filter[code]=A,B)", "required");
  const parsed = CouponCodeFilter.safeParse(codes);
  if (!parsed.success)
    throw AppError.validation(
      causesFromZod(parsed.error).map((cause) => ({ ...cause, field: CODE_FILTER_PARAM })),
      "Invalid query parameters",
    );
  return [...new Set(parsed.data)];
}
