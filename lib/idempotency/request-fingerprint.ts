// What makes two POSTs "the same request" for an Idempotency-Key: method, path with query, and the body.
// JSON bodies are compared after validation, as canonical JSON (keys sorted), so key order and
// whitespace do not matter; other bodies (multipart uploads) are compared byte for byte.
import { createHash, type Hash } from "node:crypto";
import { AppError } from "@/lib/errors";

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

/** Streams a clone of the body into the hash; past maxBytes it answers 413, as the handler would. */
async function hashRawBody(hash: Hash, request: Request, maxBytes: number): Promise<void> {
  const body = request.clone().body;
  if (!body) return;
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a tee settles only once the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      throw new AppError("payload_too_large", `The request body is larger than the limit of ${maxBytes} bytes`, {
        details: { limitBytes: maxBytes },
      });
    }
    hash.update(value);
  }
}

/**
 * sha256 over method, path and body. `parsedBody` is the validated JSON body when the route has one;
 * otherwise the raw body (an upload, at most maxRawBytes) is read from a clone before the handler reads the original.
 */
export async function requestFingerprint(request: Request, url: URL, parsedBody: unknown, maxRawBytes: number): Promise<string> {
  const hash = createHash("sha256").update(`${request.method} ${url.pathname}${url.search}\n`);
  if (parsedBody !== undefined) hash.update(`json:${canonicalJson(parsedBody)}`);
  else if (request.body && !request.bodyUsed) await hashRawBody(hash.update("raw:"), request, maxRawBytes);
  return hash.digest("hex");
}
