// A database of either kind made new, for test suites, the e2e server and benchmarks: the SQLite file
// (with its WAL and shared-memory files) or the PostgreSQL database named in the URL. Only databases
// named as the tooling's own are touched (tests/support/disposable-database.ts); anything else throws
// before a file is removed or a statement runs.
import { rmSync } from "node:fs";
import { migrate } from "@/lib/db/migrate";
import { databaseProvider } from "@/lib/env";
import { assertDisposable } from "@/tests/support/disposable-database";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/tests/support/postgres";

function removeSqliteFiles(url: string): void {
  assertDisposable(url);
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

/** Empty, then migrated by our runner. */
export async function freshDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "sqlite") removeSqliteFiles(url);
  else await recreatePostgresDatabase(url);
  await migrate(url);
}

/** Gone (to free the disk once a benchmark has its figure). */
export async function dropDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "sqlite") removeSqliteFiles(url);
  else await dropPostgresDatabase(url);
}
