// Row locks taken in a chosen order, for Prisma raw statements that change several rows others change
// too: PostgreSQL locks the rows an UPDATE … WHERE a OR b matches in the order its plan reads them
// (physical order, which moves as rows are rewritten), so two statements touching the same rows in
// different orders can deadlock. SELECT … ORDER BY … FOR UPDATE locks in the sorted order. SQLite runs
// one writer at a time and has no row locks: nothing to add there.
import { isPostgres } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";

/** `FOR UPDATE` on PostgreSQL, nothing on SQLite; put it after an ORDER BY. */
export function forUpdate(): Prisma.Sql {
  return isPostgres() ? Prisma.sql`FOR UPDATE` : Prisma.empty;
}
