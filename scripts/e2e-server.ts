// Starts the built console for Playwright on a fresh database (SQLite file or PostgreSQL database) with the demo seed.
import { spawn } from "node:child_process";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";
import { freshDatabase } from "@/tests/support/fresh-database";

await freshDatabase(env().DATABASE_URL);
await seedDemo();
const server = spawn("npx", ["next", "start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
