// Reads the console's coupon or promotion list URL into a valid list query (lib/http/search-params.ts).
import { queryFromSearchParams } from "@/lib/http/search-params";
import { OfferListQuery } from "@/lib/offers/schemas";

export function listQueryFromSearchParams(params: Record<string, string | string[] | undefined>): {
  query: OfferListQuery;
  invalid: string[];
} {
  return queryFromSearchParams(OfferListQuery, params);
}
