// Starts the built console for Playwright on a fresh database (SQLite file or PostgreSQL database) with the
// demo seed: TEST_DATABASE_URL, checked to be a test database before it is wiped; the app gets it as DATABASE_URL.
import { spawn } from "node:child_process";
import { E2E_DATABASE_URL, testDatabaseUrl } from "@/tests/support/disposable-database";

const url = testDatabaseUrl(E2E_DATABASE_URL);
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below
const { freshDatabase } = await import("@/tests/support/fresh-database");
const { seedDemo } = await import("@/prisma/seed");

await freshDatabase(url);
await seedDemo();
const server = spawn("npx", ["next", "start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
