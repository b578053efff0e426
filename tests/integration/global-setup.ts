// Gives the integration suite a fresh database of the configured kind (TEST_DATABASE_URL, the same URL
// vitest.config.ts hands the test files as DATABASE_URL), migrated by our runner.
import { INTEGRATION_DATABASE_URL, testDatabaseUrl } from "@/tests/support/disposable-database";
import { freshDatabase } from "@/tests/support/fresh-database";

export default async function setup() {
  await freshDatabase(testDatabaseUrl(INTEGRATION_DATABASE_URL));
}
