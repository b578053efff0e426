// The error object of contract §1.2, checked strictly: exactly its six fields, with their types, the
// HTTP status repeated in the body and the request id echoed in `x-request-id`.

const CODES = new Set([
  "validation_failed",
  "not_found",
  "method_not_allowed",
  "conflict",
  "version_mismatch",
  "forbidden",
  "unauthenticated",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "unprocessable",
  "internal",
]);
const FIELDS = ["causes", "code", "id", "message", "status", "type"];
const CAUSE_FIELDS = new Set(["field", "message", "code"]);

/** Why the answer is not the error object, or undefined when it is. */
export function errorShapeProblem(status: number, headers: Record<string, string>, text: string): string | undefined {
  if (!(headers["content-type"] ?? "").startsWith("application/json")) return `content-type ${headers["content-type"] ?? "missing"}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    return "body is not JSON";
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return "body is not an object";
  const keys = Object.keys(body).sort().join(",");
  if (keys !== FIELDS.join(",")) return `fields are ${keys}`;
  if (typeof body.message !== "string" || body.message === "") return "message is not a non-empty string";
  if (body.status !== status) return `status ${String(body.status)} in the body, ${status} on the wire`;
  if (typeof body.code !== "string" || !CODES.has(body.code)) return `unknown code ${String(body.code)}`;
  if (typeof body.type !== "string") return "type is not a string";
  if (typeof body.id !== "string" || body.id !== headers["x-request-id"]) return "id is not the x-request-id";
  if (!Array.isArray(body.causes)) return "causes is not an array";
  for (const cause of body.causes as Record<string, unknown>[]) {
    if (!cause || typeof cause !== "object" || typeof cause.message !== "string") return "a cause has no message";
    if (Object.keys(cause).some((key) => !CAUSE_FIELDS.has(key))) return `a cause has fields ${Object.keys(cause).join(",")}`;
    if (cause.field !== undefined && typeof cause.field !== "string") return "a cause field is not a string";
    if (cause.code !== undefined && typeof cause.code !== "string") return "a cause code is not a string";
  }
  return undefined;
}
