// Several writes of one transaction in one round trip. On PostgreSQL every statement the checkout path
// sends costs a round trip, and on our machines the socket write alone took a quarter of the server's CPU
// under redemption load (a CPU profile of `next start` at 16 clients: writev 27 %); SQLite has no round
// trips. So the writes that depend on nothing written before them in the same transaction go together:
//
// - PostgreSQL: one statement, each write a data-modifying WITH part. All parts run on one snapshot and
//   none sees another's rows, which is why a part may not need them; each runs to completion. Each part's
//   RETURNING rows come back as JSON, so they may hold text, integer and boolean columns only (a
//   timestamp would come back as text without its zone).
// - SQLite: the same statements one after another (each reads the writes before it, which none needs).
//
// The answer is every statement's RETURNING rows, in order; IdStatement's RETURNING "id" (a text column)
// is the common case.
import { int, json, rowOf, text } from "@/lib/db/decode";
import type { Row, SqlParam, Statements } from "@/lib/db/driver";

export type Write = { sql: string; params: readonly SqlParam[] };
/** A write whose RETURNING is "id" (text). */
export type IdStatement = Write;

const decodePart = rowOf({ part: int, row: json });

export async function writeTogether(tx: Statements, writes: readonly Write[]): Promise<Row[][]> {
  if (tx.dialect === "sqlite" || writes.length < 2) {
    const answers: Row[][] = [];
    for (const write of writes) answers.push(await tx.all(write.sql, write.params));
    return answers;
  }
  const parts = writes.map((write, i) => `"w${i}" AS (${write.sql})`).join(", ");
  const union = writes.map((_, i) => `SELECT ${i} AS "part", to_jsonb("w${i}") AS "row" FROM "w${i}"`).join(" UNION ALL ");
  const rows = await tx.all(
    `WITH ${parts} ${union}`,
    writes.flatMap((write) => write.params),
  );
  const answers: Row[][] = writes.map(() => []);
  for (const { part, row } of rows.map(decodePart)) answers[part].push(row as Row);
  return answers;
}

/** The ids an IdStatement's rows answer. */
export const idsOf = (rows: readonly Row[]): string[] => rows.map((row) => text(row.id, "id"));
