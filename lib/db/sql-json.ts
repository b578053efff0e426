// A JSON value as a raw-SQL parameter that works on both databases: PostgreSQL needs the text typed as
// jsonb, SQLite keeps JSON as text (and CAST(… AS jsonb) would give it numeric affinity there).
import { isPostgres } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";

export function sqlJson(value: unknown): Prisma.Sql {
  const text = JSON.stringify(value ?? null);
  return isPostgres() ? Prisma.sql`CAST(${text} AS jsonb)` : Prisma.sql`${text}`;
}
