import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle; they are loaded from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: {
    // CSV uploads go through route handlers that stream; server actions carry forms only.
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
