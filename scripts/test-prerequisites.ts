// What the suites need from the machine: Debian's Chromium (Playwright cannot download browsers here)
// and a reachable PostgreSQL (started when it is installed but stopped).
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { postgresReachable } from "@/tests/support/postgres";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot)
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  console.log("Installing Debian's chromium for the browser tests (one time)…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", {
    stdio: "inherit",
    shell: "/bin/bash",
  });
}

export async function ensurePostgres(baseUrl: string): Promise<boolean> {
  if (await postgresReachable(`${baseUrl}/postgres`)) return true;
  if (existsSync("/etc/postgresql")) {
    for (const version of readdirSync("/etc/postgresql")) {
      spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
    }
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await postgresReachable(`${baseUrl}/postgres`)) return true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return false;
}
