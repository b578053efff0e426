// Derives the PostgreSQL schema from prisma/schema.prisma and generates both Prisma clients.
// Why: Prisma ties a schema file to one provider, and we keep one set of models for two databases.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SQLITE_SCHEMA = `${root}prisma/schema.prisma`;
export const POSTGRES_SCHEMA = `${root}prisma/schema.postgres.prisma`;

export function writePostgresSchema(): void {
  const source = readFileSync(SQLITE_SCHEMA, "utf8");
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/couponsmith.db"', 'url      = "postgresql://localhost/couponsmith"')
    .replace('output          = "../lib/generated/sqlite"', 'output          = "../lib/generated/postgres"');
  if (derived === source || !derived.includes('"postgresql"') || !derived.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the provider/output lines this script rewrites");
  }
  writeFileSync(POSTGRES_SCHEMA, `// GENERATED from schema.prisma by scripts/prisma-schemas.ts: do not edit.\n${derived}`);
}

export function prismaCli(args: string[]): string {
  return execFileSync(process.execPath, [`${root}node_modules/prisma/build/index.js`, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writePostgresSchema();
  for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) prismaCli(["generate", "--schema", schema]);
  console.log("Prisma clients generated for SQLite and PostgreSQL (lib/generated).");
}
