// Gives the integration suite a fresh database of the configured kind, migrated by our runner.
import { rmSync } from "node:fs";
import { migrate } from "@/lib/db/migrate";
import { databaseProvider, env } from "@/lib/env";
import { recreatePostgresDatabase } from "@/tests/support/postgres";

export default async function setup() {
  const url = env().DATABASE_URL;
  if (databaseProvider(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  } else {
    await recreatePostgresDatabase(url);
  }
  await migrate(url);
}
