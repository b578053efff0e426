// npm run db:migrate: applies pending migrations to the database DATABASE_URL names (SQLite by default).
import { migrate } from "@/lib/db/migrate";
import { databaseProvider, env } from "@/lib/env";

const url = env().DATABASE_URL;
const applied = await migrate(url);
const where = databaseProvider(url) === "postgres" ? url.replace(/\/\/[^@]*@/, "//***@") : url;
console.log(
  applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `Database ${where} is up to date.`,
);
