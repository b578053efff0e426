// Browser journeys and REST API tests over real HTTP, against a production build (`next build` first).
// Chromium is Debian's (/usr/bin/chromium): Playwright's own browser download cannot run on our machines.
import { defineConfig } from "@playwright/test";
import { E2E_DATABASE_URL, testDatabaseUrl } from "./tests/support/disposable-database";

const port = Number(process.env.E2E_PORT ?? 3100);
// Tests create their own tenants through lib/ against the same database the server uses: TEST_DATABASE_URL
// (checked to be a test database: the server wipes it), never an exported DATABASE_URL.
const databaseUrl = testDatabaseUrl(E2E_DATABASE_URL);
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `npx tsx scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      TEST_DATABASE_URL: databaseUrl,
      DATABASE_URL: databaseUrl,
      E2E_PORT: String(port),
      AUTH_SECRET: "e2e-secret-at-least-16-chars",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
