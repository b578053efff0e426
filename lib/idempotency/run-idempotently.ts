// The Idempotency-Key hook of the API wrapper (contract §9). A POST under /api/v0 or /api/v1 that sends
// the header runs at most once per key: the first answer below 400 (status, body, Location and
// Content-Type) is kept for IDEMPOTENCY_TTL_SECONDS (24 h) and replayed with `Idempotent-Replayed: true`
// to the same request. Error answers are not kept (a 4xx can be fixed and retried with the same key;
// a 5xx must not stick). A second request arriving while the first runs waits for its answer up to
// IDEMPOTENCY_WAIT_MS, then answers 409. The same key with another request answers 422.
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH, REPLAYED_HEADER } from "@/lib/idempotency/headers";
import { requestFingerprint } from "@/lib/idempotency/request-fingerprint";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  deleteExpiredIdempotencyKeys,
  releaseIdempotencyKey,
  type ClaimResult,
  type IdempotencyScope,
  type StoredAnswer,
} from "@/lib/idempotency/queries";

const KEPT_HEADERS = ["location", "content-type"];
const POLL_MS = 50;
const IDEMPOTENT_PATHS = /^\/api\/v[01]\//;

type RequestContext = { request: Request; url: URL; actor: Actor; body: unknown };

/** The key a POST carries, validated; undefined where the header is absent or does not apply. */
function idempotencyKeyOf(request: Request, url: URL): string | undefined {
  if (request.method !== "POST" || !IDEMPOTENT_PATHS.test(url.pathname)) return undefined;
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return undefined;
  if (key.length < 1 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    throw AppError.field(
      IDEMPOTENCY_KEY_HEADER,
      `must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} characters (got ${key.length})`,
      "invalid_idempotency_key",
    );
  }
  return key;
}

/** Uploads (the only bodies hashed raw) may be as large as an import file, plus the multipart framing. */
const rawBodyLimit = () => env().IMPORT_MAX_FILE_BYTES + 1024 * 1024;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Claims the key, waiting (bounded) while another execution of the same request runs. */
async function claimOrWait(
  scope: IdempotencyScope,
  requestHash: string,
  waitMs: number,
): Promise<Exclude<ClaimResult, { outcome: "in_progress" }>> {
  const settings = env();
  const deadline = Date.now() + waitMs;
  for (;;) {
    const result = await claimIdempotencyKey(scope, requestHash, {
      now: new Date(),
      ttlMs: settings.IDEMPOTENCY_TTL_SECONDS * 1000,
      lockMs: settings.IDEMPOTENCY_LOCK_SECONDS * 1000,
    });
    if (result.outcome !== "in_progress") return result;
    if (Date.now() >= deadline) {
      throw new AppError("conflict", "A request with this Idempotency-Key is in progress; retry once it has finished", {
        causes: [{ field: IDEMPOTENCY_KEY_HEADER, message: "A request with this key is in progress", code: "idempotency_key_in_progress" }],
      });
    }
    await sleep(POLL_MS);
  }
}

function replay(answer: StoredAnswer): Response {
  const headers = new Headers(answer.headers);
  headers.set(REPLAYED_HEADER, "true");
  const empty = answer.status === 204 || answer.status === 304 || answer.body === "";
  return new Response(empty ? null : answer.body, { status: answer.status, headers });
}

async function answerOf(response: Response): Promise<StoredAnswer> {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body: await response.clone().text() };
}

export async function runIdempotently(
  ctx: RequestContext,
  execute: () => Promise<Response>,
  waitMs = env().IDEMPOTENCY_WAIT_MS,
): Promise<Response> {
  const key = idempotencyKeyOf(ctx.request, ctx.url);
  if (key === undefined) return execute();
  const scope: IdempotencyScope = { tenantId: ctx.actor.tenantId, principal: `${ctx.actor.type}:${ctx.actor.id}`, key };
  const claim = await claimOrWait(scope, await requestFingerprint(ctx.request, ctx.url, ctx.body, rawBodyLimit()), waitMs);
  if (claim.outcome === "completed") return replay(claim.answer);
  if (claim.outcome === "other_request") {
    throw new AppError(
      "unprocessable",
      "This Idempotency-Key was already used with a different request (method, path or body); use a new key",
      {
        causes: [{ field: IDEMPOTENCY_KEY_HEADER, message: "The key was used with a different request", code: "idempotency_key_reused" }],
      },
    );
  }
  // If releasing fails too, the claim's lock lapses after IDEMPOTENCY_LOCK_SECONDS; the request's own outcome matters more.
  const release = () => releaseIdempotencyKey(scope, claim.claimToken).catch(() => undefined);
  let response: Response;
  try {
    response = await execute();
  } catch (error) {
    await release();
    throw error;
  }
  if (response.status >= 400) {
    await release();
    return response;
  }
  const now = new Date();
  await completeIdempotencyKey(scope, claim.claimToken, await answerOf(response), now, env().IDEMPOTENCY_TTL_SECONDS * 1000);
  await deleteExpiredIdempotencyKeys(scope.tenantId, now);
  return response;
}
