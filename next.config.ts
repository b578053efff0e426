import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle; they are loaded from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Next would answer `/api/v1/stores/` with a bare 308 before any of our code runs; proxy.ts makes
  // the same redirect for console pages and lets /api paths through to their route.
  skipTrailingSlashRedirect: true,
  experimental: {
    // CSV uploads go through route handlers that stream; server actions carry forms only.
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
