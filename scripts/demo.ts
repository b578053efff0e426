// The README's first command (npm run demo): migrate, seed the demo tenant, build when the sources
// changed (by content), and serve the console on http://localhost:3000 (PORT to change it).
import { spawn, spawnSync } from "node:child_process";
import { migrate } from "@/lib/db/migrate";
import { databaseProvider, env } from "@/lib/env";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/prisma/seed";
import { buildIsStale, sourceTreeHash, writeBuildStamp } from "@/scripts/build-stamp";

const port = process.env.PORT ?? "3000";
const url = env().DATABASE_URL;

const applied = await migrate(url);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
const { created } = await seedDemo();
console.log(created ? "Seeded the demo tenant." : "Demo tenant already present.");

// Content, not modification times: the install step just rewrote lib/generated (scripts/build-stamp.ts).
const sourceHash = sourceTreeHash(process.cwd());
if (buildIsStale(process.cwd(), sourceHash)) {
  console.log("Building the console (first run or changed sources; about a minute)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeBuildStamp(process.cwd(), sourceHash);
} else console.log("The build is up to date with the sources: starting it.");

const server = spawn("npx", ["next", "start", "-p", port], { stdio: ["ignore", "pipe", "inherit"] });
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes("Ready")) {
    console.log(`
Couponsmith is running at http://localhost:${port} on ${databaseProvider(url) === "sqlite" ? `SQLite (${url})` : "PostgreSQL"}.
Sign in with one of the demo accounts (password: ${DEMO_PASSWORD}):
  admin     ${DEMO_USERS.admin}
  marketer  ${DEMO_USERS.marketer}
  viewer    ${DEMO_USERS.viewer}
Press Ctrl+C to stop.`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
