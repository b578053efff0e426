// Starts the built console on a fresh database for a benchmark, and stops it afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type BenchServer = { baseUrl: string; stop: () => Promise<void> };

/** Builds the app in `dir` (this checkout by default) unless it holds a build already. */
export function ensureBuild(dir = "."): void {
  if (existsSync(path.join(dir, ".next/BUILD_ID"))) return;
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", cwd: dir });
  if (build.status !== 0) throw new Error(`next build failed in ${dir}`);
}

/** `dir`: the checkout whose build serves (bench:ab serves an older commit's from its worktree). */
export async function startServer(
  databaseUrl: string,
  port: number,
  extraEnv: Record<string, string> = {},
  dir = ".",
): Promise<BenchServer> {
  ensureBuild(dir);
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-secret-at-least-16-chars",
      NODE_ENV: "production",
      UNKNOWN_CODE_LOOKUPS_PER_MINUTE: "100000000",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function printFigure(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
}
