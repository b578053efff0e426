import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { INTEGRATION_DATABASE_URL, testDatabaseUrl } from "./tests/support/disposable-database.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Each file creates its own tenants; files still run one at a time per database to keep SQLite writers calm.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["tests/integration/global-setup.ts"],
          // TEST_DATABASE_URL, never an exported DATABASE_URL: the suite wipes the database it runs on.
          // A short webhook timeout, so the timeout test waits one second instead of ten (default 10 s).
          env: { DATABASE_URL: testDatabaseUrl(INTEGRATION_DATABASE_URL), WEBHOOK_TIMEOUT_MS: "1000" },
        },
      },
    ],
  },
});
