// Typed decoders for rows read through the driver (driver.ts) or raw SQL: each checks the value and
// turns each database's form into one JS type (SQLite returns booleans as 0/1, dates as Prisma's text,
// big counts as bigint; PostgreSQL returns Date, boolean and, for COUNT, text or bigint). A value of an
// unexpected type is a bug in the query, so it throws rather than passing on a wrong type.
export class RowDecodeError extends Error {}

function fail(column: string, expected: string, value: unknown): never {
  throw new RowDecodeError(`column ${column}: expected ${expected}, got ${typeof value} ${String(value).slice(0, 40)}`);
}

export type Decoder<T> = (value: unknown, column: string) => T;

export const text: Decoder<string> = (value, column) => (typeof value === "string" ? value : fail(column, "text", value));

export const int: Decoder<number> = (value, column) => {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  return fail(column, "integer", value);
};

/** A floating-point column (REAL on SQLite, double precision on PostgreSQL). */
export const real: Decoder<number> = (value, column) => {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return fail(column, "number", value);
};

export const bool: Decoder<boolean> = (value, column) => {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Number(value) === 1;
  return fail(column, "boolean", value);
};

export const date: Decoder<Date> = (value, column) => {
  const parsed = value instanceof Date ? value : typeof value === "string" || typeof value === "number" ? new Date(value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : fail(column, "date", value);
};

/** The same decoder, letting NULL through. */
export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, column) => (value === null || value === undefined ? null : decoder(value, column));
}

/** A row decoder from one decoder per column: `rowOf({ id: text, count: int })(row)`. */
export function rowOf<S extends Record<string, Decoder<unknown>>>(
  shape: S,
): (row: Record<string, unknown>) => { [K in keyof S]: ReturnType<S[K]> } {
  const columns = Object.entries(shape);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [column, decoder] of columns) out[column] = decoder(row[column], column);
    return out as { [K in keyof S]: ReturnType<S[K]> };
  };
}

/** A JSON column: parsed objects (PostgreSQL jsonb) as they are, JSON text (SQLite) parsed. */
export const json: Decoder<unknown> = (value, column) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return fail(column, "JSON", value);
  }
};
