// Starts the built console for Playwright on a fresh database (SQLite file or PostgreSQL database) with the demo seed.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { migrate } from "@/lib/db/migrate";
import { databaseProvider, env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";
import { recreatePostgresDatabase } from "@/tests/support/postgres";

const url = env().DATABASE_URL;
if (databaseProvider(url) === "sqlite") {
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
} else {
  await recreatePostgresDatabase(url);
}
await migrate(url);
await seedDemo();
const server = spawn("npx", ["next", "start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
