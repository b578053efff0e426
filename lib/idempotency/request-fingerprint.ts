// What makes two POSTs "the same request" for an Idempotency-Key: method, path with query, and the body.
// JSON bodies are compared after validation, as canonical JSON (keys sorted), so key order and
// whitespace do not matter; other bodies (multipart uploads) are compared byte for byte.
import { createHash } from "node:crypto";

function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * sha256 over method, path and body. `parsedBody` is the validated JSON body when the route has one;
 * otherwise the raw body is read from a clone, before the handler reads the original.
 */
export async function requestFingerprint(request: Request, url: URL, parsedBody: unknown): Promise<string> {
  const hash = createHash("sha256").update(`${request.method} ${url.pathname}${url.search}\n`);
  if (parsedBody !== undefined) hash.update(`json:${canonicalJson(parsedBody)}`);
  else if (request.body && !request.bodyUsed) hash.update("raw:").update(new Uint8Array(await request.clone().arrayBuffer()));
  return hash.digest("hex");
}
