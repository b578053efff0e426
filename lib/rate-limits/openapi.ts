// OpenAPI for the routes under the guessing defence: RateLimit-Policy and RateLimit on every answer
// (lib/rate-limits/headers.ts), and the 429 with Retry-After.
import type { ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { errorResponses } from "@/lib/openapi/registry";

const RATE_LIMIT_HEADERS = {
  "RateLimit-Policy": {
    description:
      'The unknown-code budgets (IETF draft-ietf-httpapi-ratelimit-headers): `"unknown-codes-per-caller";q=60;w=60, "unknown-codes-per-address";q=60;w=60`. A unit is one lookup of a code; q is UNKNOWN_CODE_LOOKUPS_PER_MINUTE.',
    schema: { type: "string" as const },
  },
  RateLimit: {
    description:
      'What is left of each budget: `"unknown-codes-per-caller";r=57;t=42, …`. r = lookups left, t = seconds until the window starts over (absent while no window is open).',
    schema: { type: "string" as const },
  },
};

/** The operation's responses with the RateLimit headers on each, plus 429 (Retry-After) for a spent budget. */
export function rateLimitedResponses(responses: Record<string, ResponseConfig>): Record<string, ResponseConfig> {
  const limited = errorResponses(429)["429"];
  const all: Record<string, ResponseConfig> = {
    ...responses,
    429: {
      ...limited,
      description: "Too many lookups of unknown codes: the request was refused before any code was read",
      headers: { "Retry-After": { description: "Seconds until the budget's window starts over", schema: { type: "integer" } } },
    },
  };
  return Object.fromEntries(
    Object.entries(all).map(([status, response]) => [
      status,
      { ...response, headers: { ...(response.headers as object), ...RATE_LIMIT_HEADERS } },
    ]),
  );
}
