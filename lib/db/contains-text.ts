// Case-insensitive "contains" on both databases, as a Prisma filter fragment: SQLite's LIKE already ignores
// ASCII case, PostgreSQL needs `mode: "insensitive"`, which the SQLite client's types do not know (hence the cast).
import { isPostgres } from "@/lib/db/client";

export function containsText(q: string): { contains: string } {
  return (isPostgres() ? { contains: q, mode: "insensitive" } : { contains: q }) as { contains: string };
}
