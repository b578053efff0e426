// Writes a new migration for both databases from the change in prisma/schema.prisma since the last one.
// Usage: npm run db:new-migration -- <name>
// Why a snapshot: `prisma migrate diff --from-migrations` needs a shadow database, which the offline
// JS engine cannot create; diffing the datamodel recorded at the last migration works offline.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, prismaCli, writePostgresSchema } from "./prisma-schemas";

const root = fileURLToPath(new URL("..", import.meta.url));
const SNAPSHOT = `${root}prisma/migrations/datamodel.prisma`;
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

writePostgresSchema();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const providers = [
  { dir: "sqlite", schema: SQLITE_SCHEMA, env: "sqlite" },
  { dir: "postgres", schema: POSTGRES_SCHEMA, env: "postgres" },
] as const;

let wrote = 0;
for (const provider of providers) {
  let from = ["--from-empty"];
  if (existsSync(SNAPSHOT)) {
    const snapshotForProvider = `${root}data/snapshot.${provider.dir}.prisma`;
    mkdirSync(`${root}data`, { recursive: true });
    const snapshot = readFileSync(SNAPSHOT, "utf8");
    writeFileSync(
      snapshotForProvider,
      provider.dir === "postgres"
        ? snapshot
            .replace('provider = "sqlite"', 'provider = "postgresql"')
            .replace(/url\s+=\s+"file:[^"]+"/, 'url = "postgresql://localhost/x"')
        : snapshot,
    );
    from = ["--from-schema-datamodel", snapshotForProvider];
  }
  process.env.PRISMA_PROVIDER = provider.env;
  const sql = prismaCli(["migrate", "diff", ...from, "--to-schema-datamodel", provider.schema, "--script"]);
  if (!/^\s*(CREATE|ALTER|DROP|PRAGMA|INSERT|UPDATE)/m.test(sql)) continue;
  const dir = `${root}prisma/migrations/${provider.dir}/${stamp}_${name}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/migration.sql`, sql);
  console.log(`wrote ${dir}/migration.sql`);
  wrote++;
}
if (wrote === 0) console.log("No schema change since the last migration.");
else copyFileSync(SQLITE_SCHEMA, SNAPSHOT);
