// The driver's Statements interface (driver.ts) over a Prisma client or interactive transaction, so a
// domain's raw SQL (one text for both databases, `?` placeholders, the fragments of driver.ts) runs the
// same wherever its caller is: inside a Prisma transaction, inside a driver transaction on the checkout
// path, or on its own. Parameters are converted as the driver converts them (Dates to Prisma's SQLite
// text, or to ISO text that fragments.timestamp casts on PostgreSQL).
import type { Db, Tx } from "@/lib/db/client";
import { numbered, sqliteValue, type Row, type SqlParam, type Statements } from "@/lib/db/driver";
import { databaseProvider } from "@/lib/env";

export type SqlClient = Db | Tx | Statements;

function isStatements(client: SqlClient): client is Statements {
  return typeof (client as Statements).all === "function" && typeof (client as Statements).run === "function";
}

function postgresValue(value: SqlParam): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

/** `client` as Statements (a driver transaction is returned as it is). */
export function statementsOf(client: SqlClient): Statements {
  if (isStatements(client)) return client;
  const prisma = client as Tx;
  const dialect = databaseProvider();
  const text = (sql: string) => (dialect === "postgres" ? numbered(sql) : sql);
  const values = (params: readonly SqlParam[]) => params.map(dialect === "postgres" ? postgresValue : sqliteValue);
  return {
    dialect,
    async all(sql, params) {
      return (await prisma.$queryRawUnsafe(text(sql), ...values(params))) as Row[];
    },
    async run(sql, params) {
      return prisma.$executeRawUnsafe(text(sql), ...values(params));
    },
  };
}
