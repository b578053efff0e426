import Database from "better-sqlite3";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";

// The runner itself is provider-independent in what it promises; SQLite files make it cheap to test in isolation.
describe("migration runner", () => {
  it("applies every migration once and records it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cs-migrate-")), "db.sqlite");
    const all = readMigrations("sqlite").map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    expect(await migrate(`file:${file}`)).toEqual(all);
    expect(await migrate(`file:${file}`)).toEqual([]);
    const sqlite = new Database(file, { readonly: true });
    const recorded = (sqlite.prepare("SELECT name FROM _couponsmith_migrations ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    sqlite.close();
    expect(recorded).toEqual(all);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "cs-migrate-root-"));
    cpSync(path.join(process.cwd(), "prisma", "migrations"), path.join(root, "prisma", "migrations"), { recursive: true });
    const file = path.join(root, "db.sqlite");
    await migrate(`file:${file}`, root);
    const first = readMigrations("sqlite", root)[0];
    writeFileSync(path.join(root, "prisma", "migrations", "sqlite", first.name, "migration.sql"), `${first.sql}\n-- edited`);
    await expect(migrate(`file:${file}`, root)).rejects.toThrow(/edited after it was applied/);
  });
});
