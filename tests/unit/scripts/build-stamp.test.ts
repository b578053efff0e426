// `npm run demo` rebuilds only when what the build is made of changed: not when postinstall rewrote
// lib/generated with the same clients, not when a file was merely touched.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsStale, sourceTreeHash, writeBuildStamp } from "@/scripts/build-stamp";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "build-stamp-"));
  write("app/page.tsx", "export default 1;");
  write("lib/offers/a.ts", "export const a = 1;");
  write("lib/generated/sqlite/client.ts", "generated v1");
  write("prisma/schema.prisma", "model A { id String @id }");
  write(".next/BUILD_ID", "build-1");
  writeBuildStamp(root, sourceTreeHash(root));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("build stamp", () => {
  it("is fresh right after a build", () => {
    expect(buildIsStale(root)).toBe(false);
  });

  it("stays fresh when postinstall rewrites lib/generated and files are only touched", () => {
    write("lib/generated/sqlite/client.ts", "generated v1");
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, "lib/generated/sqlite/client.ts"), later, later);
    utimesSync(path.join(root, "app/page.tsx"), later, later);
    expect(buildIsStale(root)).toBe(false);
  });

  it.each([
    ["a source file changes", () => write("lib/offers/a.ts", "export const a = 2;")],
    ["a source file is added", () => write("components/b.tsx", "export const b = 1;")],
    ["the Prisma schema changes", () => write("prisma/schema.prisma", "model A { id String @id  name String }")],
    ["there is no build", () => rmSync(path.join(root, ".next/BUILD_ID"))],
    ["the build has no stamp (built by hand)", () => rmSync(path.join(root, ".next/source-stamp"))],
  ])("is stale when %s", (_name, change) => {
    change();
    expect(buildIsStale(root)).toBe(true);
  });
});
