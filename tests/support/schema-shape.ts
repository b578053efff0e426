// Reads the structure of a database (tables, columns, indexes) in a form two databases can be compared by.
import Database from "better-sqlite3";
import pg from "pg";

export function sqliteShape(file: string): Record<string, unknown> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const shape: Record<string, unknown> = {};
    for (const table of tables) {
      const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all();
      const indexes = (sqlite.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[])
        .map((index) => ({
          unique: index.unique,
          origin: index.origin,
          columns: (sqlite.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name),
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      shape[table] = { columns, indexes };
    }
    return shape;
  } finally {
    sqlite.close();
  }
}

export async function postgresShape(url: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY tablename, indexname`,
    );
    const constraints = await client.query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    );
    return {
      columns: columns.rows,
      indexes: indexes.rows,
      constraints: constraints.rows.filter((r) => !String(r.table_name).startsWith("_")),
    };
  } finally {
    await client.end();
  }
}
