// The ledger page's URL parameters: empty inputs of the filter form are dropped, an invalid filter is
// ignored (and named on the page) rather than failing the page; `search` is what the CSV link repeats.
import { LedgerFilterFields, LedgerQuery } from "@/lib/ledger/schemas";

export function ledgerQueryFromSearchParams(params: Record<string, string | string[] | undefined>) {
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== "") given[key] = first;
  }
  const parsed = LedgerQuery.safeParse(given);
  if (parsed.success) return { query: parsed.data, invalid: [] as string[], search: filterSearch(given) };
  const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const kept = Object.fromEntries(Object.entries(given).filter(([key]) => !invalid.includes(key)));
  return { query: LedgerQuery.parse(kept), invalid, search: filterSearch(kept) };
}

function filterSearch(given: Record<string, string>): string {
  const filters = Object.keys(LedgerFilterFields);
  return new URLSearchParams(Object.entries(given).filter(([key]) => filters.includes(key))).toString();
}
