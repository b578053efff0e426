// Console list pages read their filters from the URL; a hand-edited bad value falls back to the
// defaults instead of breaking the page (the REST API answers 400 for the same input).
import type { z } from "zod";

export function pageQuery<S extends z.ZodType>(schema: S, searchParams: Record<string, string | string[] | undefined>): z.output<S> {
  // A filter form sends `storeGroupId=` for "Any": an empty value means the filter is off.
  const flat = Object.fromEntries(
    Object.entries(searchParams)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = schema.safeParse(flat);
  return parsed.success ? parsed.data : schema.parse({});
}

/** Route params arrive percent-encoded in some cases; ids never contain `%`, so decoding is safe. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
