// The only place that reads process.env. Every setting is validated once, with a default that
// makes the embedded SQLite setup work with nothing configured.
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/couponsmith.db")
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
      message: "DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL",
    }),
  AUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  MAX_JSON_BODY_BYTES: positiveInt(1_000_000),
  MAX_CART_LINES: positiveInt(1_000),
  IMPORT_MAX_FILE_BYTES: positiveInt(100 * 1024 * 1024),
  IMPORT_MAX_ROWS: positiveInt(5_000_000),
  SIGNIN_MAX_FAILURES: positiveInt(5),
  SIGNIN_WINDOW_SECONDS: positiveInt(300),
  UNKNOWN_CODE_LOOKUPS_PER_MINUTE: positiveInt(60),
  // Proxies in front of the app that append to X-Forwarded-For and can be trusted (lib/http/client-address.ts).
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly)" })
    .int("TRUSTED_PROXY_HOPS must be a whole number of proxies")
    .min(0, "TRUSTED_PROXY_HOPS cannot be negative")
    .max(10, "TRUSTED_PROXY_HOPS is at most 10")
    .default(0),
  EXCLUSION_LIST_MAX_IDS: positiveInt(1_000),
  OFFER_CACHE_CHECK_MS: z.coerce.number().int().min(0).default(250),
  IDEMPOTENCY_TTL_SECONDS: positiveInt(24 * 60 * 60),
  IDEMPOTENCY_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  IDEMPOTENCY_LOCK_SECONDS: positiveInt(300),
  // How long a webhook receiver may take to answer before the attempt counts as failed (contract §9: 10 s).
  WEBHOOK_TIMEOUT_MS: positiveInt(10_000),
  // PostgreSQL connections per app instance (see lib/db/client.ts for the measurement behind the default).
  DATABASE_POOL_SIZE: positiveInt(10),
  // SQLite's durability on the app's connection (see lib/db/client.ts): NORMAL or FULL.
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  // Rows per import commit on SQLite: the longest an import holds the event loop (bulk-writer-sqlite.ts).
  SQLITE_IMPORT_BATCH_ROWS: positiveInt(20_000),
  // Turns on POST /api/bench/echo, the floor bench:checkout compares checkout routes with. Off unless "on".
  BENCH_ECHO_ROUTE: z
    .enum(["on", "off"])
    .default("off")
    .transform((value) => value === "on"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Validates a set of variables (process.env in the app); throws naming each bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function databaseProvider(url = env().DATABASE_URL): "sqlite" | "postgres" {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

/**
 * Whether several app instances may serve this database, so that anything they must agree on (the session
 * signing key) has to be configured rather than generated into a local file: production on PostgreSQL.
 */
export function instancesMayShareDatabase(): boolean {
  return databaseProvider() === "postgres" && env().NODE_ENV === "production";
}

/**
 * Whether `next build` is loading the app to prerender pages. Read without the schema above: instrumentation
 * asks before anything else is loaded.
 */
export function isNextBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
