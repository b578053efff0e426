// Reads the console's list URL (a GET form leaves empty fields as `name=`) into a valid list query.
import { OfferListQuery } from "@/lib/offers/schemas";

export function listQueryFromSearchParams(params: Record<string, string | string[] | undefined>): {
  query: OfferListQuery;
  invalid: string[];
} {
  const present = Object.fromEntries(
    Object.entries(params)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const)
      .filter((entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""),
  );
  const parsed = OfferListQuery.safeParse(present);
  if (parsed.success) return { query: parsed.data, invalid: [] };
  // Drop only the fields that failed, so one bad filter does not discard the others.
  const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const kept = Object.fromEntries(Object.entries(present).filter(([key]) => !invalid.includes(key)));
  return { query: OfferListQuery.parse(kept), invalid };
}
