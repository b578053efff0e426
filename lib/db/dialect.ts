// SQL fragments that SQLite and PostgreSQL spell differently, so that queries modules state what they
// mean ("this column contains the text", "this JSON array holds the value") and never which database
// they run on. This module and the drivers are the only places that ask which one it is.
import { isPostgres } from "@/lib/db/client";
import { databaseProvider } from "@/lib/env";
import { Prisma } from "@/lib/generated/sqlite/client";

/** Picks the implementation for the database at `url` (the configured one by default). */
export function byDialect<T>(choices: { postgres: () => T; sqlite: () => T }, url?: string): T {
  return databaseProvider(url) === "postgres" ? choices.postgres() : choices.sqlite();
}

/**
 * `column` contains `text`, ignoring ASCII case, with `%` and `_` taken literally. SQLite's LIKE already
 * ignores ASCII case; PostgreSQL needs ILIKE for the same behaviour.
 */
export function textContains(column: Prisma.Sql, text: string): Prisma.Sql {
  const like = Prisma.raw(isPostgres() ? "ILIKE" : "LIKE");
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`${column} ${like} ${pattern} ESCAPE '\\'`;
}

/**
 * A Prisma filter: contains `q`, ignoring ASCII case. SQLite's LIKE already ignores ASCII case; PostgreSQL needs
 * `mode: "insensitive"`, which the SQLite client's types do not know (hence the cast).
 */
export function containsText(q: string): { contains: string } {
  return (isPostgres() ? { contains: q, mode: "insensitive" } : { contains: q }) as { contains: string };
}

/** The JSON array in `column` holds the string `value`. */
export function jsonArrayHolds(column: Prisma.Sql, value: string): Prisma.Sql {
  return isPostgres()
    ? Prisma.sql`${column} @> CAST(${JSON.stringify([value])} AS jsonb)`
    : Prisma.sql`EXISTS (SELECT 1 FROM json_each(${column}) AS held WHERE held.type = 'text' AND held.value = ${value})`;
}

/**
 * The string elements of the JSON array in `column`, one row each: `from` joins them in as `alias`, `value`
 * reads one, `where` keeps only strings. A value that is not an array contributes no rows.
 */
export function jsonArrayStrings(column: Prisma.Sql, alias: string): { from: Prisma.Sql; value: Prisma.Sql; where: Prisma.Sql } {
  const a = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  return isPostgres()
    ? {
        from: Prisma.sql`jsonb_array_elements(CASE WHEN jsonb_typeof(${column}) = 'array' THEN ${column} ELSE '[]'::jsonb END) AS ${a}(element)`,
        value: Prisma.sql`(${a}.element #>> '{}')`,
        where: Prisma.sql`jsonb_typeof(${a}.element) = 'string'`,
      }
    : {
        from: Prisma.sql`json_each(CASE WHEN json_valid(${column}) AND json_type(${column}) = 'array' THEN ${column} ELSE '[]' END) AS ${a}`,
        value: Prisma.sql`${a}.value`,
        where: Prisma.sql`${a}.type = 'text'`,
      };
}

/** Above every code character, so `code < prefix + TOP` ends the prefix range. */
const TOP = "\u{10FFFF}";

/**
 * A Prisma filter for strings that start with `prefix`, case-sensitively, with `%` and `_` literal. SQLite's
 * LIKE ignores ASCII case, so there a prefix is a range over the BINARY collation (which also uses the index);
 * PostgreSQL's LIKE is case-sensitive, but Prisma's startsWith does not escape % and _ (measured), so we do.
 */
export function startsWithExactly(prefix: string): { startsWith: string } | { gte: string; lt: string } {
  return isPostgres() ? { startsWith: prefix.replace(/[\\%_]/g, "\\$&") } : { gte: prefix, lt: prefix + TOP };
}
