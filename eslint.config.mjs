import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Application code: what Next builds and serves. Tooling (scripts, tests, benches) may read the
// environment and import anything; the app may not.
const APP_CODE = ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts", "next.config.ts"];

// The pricing engine is pure (house style §8): plain data in, a result out. It may import its own
// modules and nothing else: no database, framework, clock, file system or environment.
const PRICING_IS_PURE = {
  patterns: [
    {
      regex: "^(?![./])",
      message: "lib/pricing is the pure engine: only relative imports of its own modules (no @/, prisma, next, react, node:*).",
    },
  ],
};

const config = [
  { ignores: ["node_modules/**", ".next/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Settings are read and validated in one place, so a typo or a missing value fails at start-up.
    files: APP_CODE,
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through lib/env.ts." }],
    },
  },
  {
    files: ["lib/pricing/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...PRICING_IS_PURE.patterns,
            { group: ["../*"], message: "lib/pricing is the pure engine: import only from lib/pricing." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/pricing/*/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...PRICING_IS_PURE.patterns,
            { group: ["../../*"], message: "lib/pricing is the pure engine: import only from lib/pricing." },
          ],
        },
      ],
    },
  },
  {
    // Components run in the browser too: server modules (database, settings, sessions) stay out of them.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/db",
                "@/lib/db/*",
                "@/lib/env",
                "@/lib/auth/options",
                "@/lib/auth/session",
                "@/lib/*/queries",
                "@/lib/*/queries/*",
                "pg",
                "better-sqlite3",
                "node:*",
              ],
              message: "Server-only module: call it from a page, route handler or server action instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Which database runs is the business of lib/db (its dialect fragments and drivers) and lib/env alone:
    // queries state what they mean through lib/db/dialect, and services never branch on the database.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/**", "lib/env.ts", "lib/pricing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db/client", importNames: ["isPostgres"], message: "Use a fragment of lib/db/dialect.ts (add one there)." },
            { name: "@/lib/env", importNames: ["databaseProvider"], message: "Use a fragment of lib/db/dialect.ts (add one there)." },
          ],
        },
      ],
    },
  },
];

export default config;
