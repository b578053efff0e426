// Reads a console list URL (a GET form leaves empty fields as `name=`, meaning "any") into a valid list
// query of the given schema, dropping only the fields that failed, so one bad filter does not discard the others.
import type { z } from "zod";

type SearchParams = Record<string, string | string[] | undefined>;

export function queryFromSearchParams<S extends z.ZodType>(schema: S, params: SearchParams): { query: z.output<S>; invalid: string[] } {
  const present = Object.fromEntries(
    Object.entries(params)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const)
      .filter((entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return { query: parsed.data, invalid: [] };
  const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const kept = Object.fromEntries(Object.entries(present).filter(([key]) => !invalid.includes(key)));
  return { query: schema.parse(kept), invalid };
}
