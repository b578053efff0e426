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
//
// writeAllOrNone goes one step further for writes that need no transaction around them: the same one
// statement, sent on its own (PostgreSQL commits a single statement atomically), with expectations on
// the rows each write answers; one unmet undoes every write. That saves BEGIN and COMMIT, two of the
// redemption's round trips. SQLite runs the writes in a transaction and checks the rows there.
import { int, json, rowOf, text } from "@/lib/db/decode";
import type { Driver, Row, SqlParam, Statements } from "@/lib/db/driver";

export type Write = { sql: string; params: readonly SqlParam[] };
/** A write whose RETURNING is "id" (text). */
export type IdStatement = Write;

const decodePart = rowOf({ part: int, row: json });
// The checkout path's writes (the redemption's): see StatementOptions.
const PREPARED = { prepared: true };

async function oneAfterAnother(tx: Statements, writes: readonly Write[]): Promise<Row[][]> {
  const answers: Row[][] = [];
  for (const write of writes) answers.push(await tx.all(write.sql, write.params, PREPARED));
  return answers;
}

/** The writes as one PostgreSQL statement: each a WITH part, then every part's rows and, last, `tail`. */
function together(writes: readonly Write[], tail: { cte: string; select: string; params: readonly SqlParam[] } | null): Write {
  const parts = [...writes.map((write, i) => `"w${i}" AS (${write.sql})`), ...(tail ? [tail.cte] : [])].join(", ");
  const union = [
    ...writes.map((_, i) => `SELECT ${i} AS "part", to_jsonb("w${i}") AS "row" FROM "w${i}"`),
    ...(tail ? [tail.select] : []),
  ].join(" UNION ALL ");
  return { sql: `WITH ${parts} ${union}`, params: [...writes.flatMap((write) => write.params), ...(tail?.params ?? [])] };
}

function answersOf(writes: readonly Write[], rows: readonly Row[]): Row[][] {
  const answers: Row[][] = writes.map(() => []);
  for (const { part, row } of rows.map(decodePart)) if (part >= 0) answers[part].push(row as Row);
  return answers;
}

export async function writeTogether(tx: Statements, writes: readonly Write[]): Promise<Row[][]> {
  if (tx.dialect === "sqlite" || writes.length < 2) return oneAfterAnother(tx, writes);
  const statement = together(writes, null);
  return answersOf(writes, await tx.all(statement.sql, statement.params, PREPARED));
}

/**
 * What writeAllOrNone requires of one write's RETURNING rows: exactly `rows` of them, and none that
 * meets `none` (the same condition in SQL over the write's columns, and in JS for SQLite).
 */
export type Expectation = {
  write: Write;
  rows?: number;
  none?: { where: string; params: readonly SqlParam[]; matches: (row: Row) => boolean };
};

/** An expectation of writeAllOrNone was not met: nothing was written. */
export class WritesRefused extends Error {}

// Plain SQL has no RAISE (PL/pgSQL has, but a function would be schema of its own), so the last part casts
// a text to integer that is a number only when every expectation holds. The text names the counts, so it may not be a
// constant: the planner would fold a constant cast, and fail every statement at planning time.
const REFUSED = "couponsmith: writes refused";

function expectationsTail(writes: readonly Write[], expectations: readonly Expectation[]) {
  const partOf = (e: Expectation) => {
    const i = writes.indexOf(e.write);
    if (i < 0) throw new Error("writeAllOrNone: an expectation names a write it was not given");
    return `"w${i}"`;
  };
  const counted = expectations.filter((e) => e.rows !== undefined);
  const guarded = expectations.filter((e) => e.none !== undefined);
  const columns = [
    ...counted.map((e, i) => `(SELECT count(*) FROM ${partOf(e)}) AS "n${i}"`),
    ...guarded.map((e, i) => `EXISTS (SELECT 1 FROM ${partOf(e)} WHERE ${e.none!.where}) AS "x${i}"`),
  ];
  const holds = [...counted.map((_, i) => `"n${i}" = ?`), ...guarded.map((_, i) => `NOT "x${i}"`)].join(" AND ");
  const found = [...counted.map((_, i) => `"n${i}"`), ...guarded.map((_, i) => `"x${i}"`)]
    .map((c) => `CAST(${c} AS text)`)
    .join(` || ',' || `);
  return {
    cte: `"expected" AS (SELECT ${columns.join(", ")})`,
    select: `SELECT -1, to_jsonb(CAST(CASE WHEN ${holds} THEN '0' ELSE '${REFUSED} (' || ${found} || ')' END AS integer)) FROM "expected"`,
    params: [...guarded.flatMap((e) => e.none!.params), ...counted.map((e) => e.rows!)],
  };
}

function meets(answers: readonly Row[][], writes: readonly Write[], e: Expectation): boolean {
  const rows = answers[writes.indexOf(e.write)];
  return (e.rows === undefined || rows.length === e.rows) && !(e.none && rows.some(e.none.matches));
}

/**
 * The writes (independent of one another, as for writeTogether) committed together only if every
 * expectation holds, else none of them (WritesRefused). PostgreSQL: one statement on its own, no
 * transaction around it. Answers each write's RETURNING rows, in order.
 */
export async function writeAllOrNone(db: Driver, writes: readonly Write[], expectations: readonly Expectation[]): Promise<Row[][]> {
  if (db.dialect === "sqlite")
    return db.transaction(async (tx) => {
      const answers = await oneAfterAnother(tx, writes);
      if (!expectations.every((e) => meets(answers, writes, e))) throw new WritesRefused();
      return answers;
    });
  const statement = together(writes, expectations.length > 0 ? expectationsTail(writes, expectations) : null);
  try {
    return answersOf(writes, await db.write(statement.sql, statement.params, PREPARED));
  } catch (error) {
    if (error instanceof Error && error.message.includes(REFUSED)) throw new WritesRefused();
    throw error;
  }
}

/** The ids an IdStatement's rows answer. */
export const idsOf = (rows: readonly Row[]): string[] => rows.map((row) => text(row.id, "id"));
