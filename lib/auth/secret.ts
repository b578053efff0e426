// The key that signs session tokens. Production must configure AUTH_SECRET; the embedded SQLite setup
// (the README's first command) generates one into data/ so a fresh clone just works.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, instancesMayShareDatabase } from "@/lib/env";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const configured = env().AUTH_SECRET;
  if (configured) return (cached = configured);
  if (instancesMayShareDatabase()) {
    throw new Error("AUTH_SECRET must be set when several instances share PostgreSQL (at least 16 characters)");
  }
  const file = path.resolve("data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return (cached = readFileSync(file, "utf8").trim());
}
