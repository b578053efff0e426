// Gives the integration suite a fresh database of the configured kind, migrated by our runner.
import { env } from "@/lib/env";
import { freshDatabase } from "@/tests/support/fresh-database";

export default async function setup() {
  await freshDatabase(env().DATABASE_URL);
}
