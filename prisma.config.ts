// Prisma CLI settings. The JS engine and a driver adapter keep every CLI command offline
// (Prisma's binary download is blocked on our machines; see shared/notes/toolchain-facts.md).
// PRISMA_PROVIDER=postgres points the CLI at the derived PostgreSQL schema (scripts/prisma-schemas.ts).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const postgres = process.env.PRISMA_PROVIDER === "postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", postgres ? "schema.postgres.prisma" : "schema.prisma"),
  async adapter() {
    if (postgres) {
      return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
    }
    mkdirSync("data", { recursive: true });
    return new PrismaBetterSQLite3({ url: "file:./data/prisma-cli.db" });
  },
});
