// The one wrapper every /api route handler goes through: request id, authentication (bearer token or
// console session), role check, input validation, and errors in the shape of contract §1.2.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { authenticateApiToken } from "@/lib/auth/api-tokens";
import { revokedTokenError, TokenLiveness } from "@/lib/auth/token-liveness";
import type { Role } from "@/lib/auth/roles";
import { getConsoleSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { requestIdOf } from "@/lib/http/request-id";
import { textMessage } from "@/lib/validation/text";
import { IDEMPOTENCY_KEY_HEADER } from "@/lib/idempotency/headers";
import { runIdempotently } from "@/lib/idempotency/run-idempotently";
import { parseOrThrow } from "@/lib/zod-issues";

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiContext<P, Q extends Schema, B extends Schema> = {
  request: Request;
  url: URL;
  requestId: string;
  actor: Actor;
  /** The `user-id` header, recorded in the audit log when a system acts for a person. */
  onBehalfOf?: string;
  params: P;
  query: Parsed<Q>;
  body: Parsed<B>;
  /**
   * Whether the bearer token is still live, when the route opted into `livenessInFirstRead` and the token
   * was remembered (lib/auth/token-liveness.ts): the route hands it to its first read, which settles it.
   * Settled already in every other case. The wrapper settles it itself before an idempotency claim, before
   * any answer, and before any error, so a route that never hands it on is only slower, never less safe.
   */
  liveness: TokenLiveness;
};

type Options<Q extends Schema, B extends Schema> = {
  roles: readonly Role[];
  query?: Q;
  body?: B;
  maxBodyBytes?: number;
  /**
   * The route's first read carries the token's liveness check (ApiContext.liveness), saving the
   * token's own statement on every request of a remembered token. Only for routes that write nothing
   * before that read, other than through the wrapper's own settled paths.
   */
  livenessInFirstRead?: boolean;
};

export function apiRoute<
  P extends Record<string, string> = Record<string, never>,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(options: Options<Q, B>, handler: (ctx: ApiContext<P, Q, B>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdOf(request);
    let liveness = TokenLiveness.settled();
    try {
      const authenticated = await authenticate(request, options.livenessInFirstRead ?? false);
      const actor = authenticated.actor;
      liveness = authenticated.liveness;
      await assertTenantHeader(request, actor);
      assertRole(actor, options.roles);
      const url = new URL(request.url);
      const params = checkedParams((await context.params) ?? ({} as P));
      assertQueryText(url.searchParams);
      const query = (
        options.query ? parseOrThrow(options.query, Object.fromEntries(url.searchParams), "Invalid query parameters") : undefined
      ) as Parsed<Q>;
      const body = (
        options.body
          ? parseOrThrow(options.body, await readJsonBody(request, options.maxBodyBytes ?? env().MAX_JSON_BODY_BYTES))
          : undefined
      ) as Parsed<B>;
      const onBehalfOf = request.headers.get("user-id")?.slice(0, 200) || undefined;
      // A claim of the key is a write: only for a token known to be live.
      if (request.headers.has(IDEMPOTENCY_KEY_HEADER)) await liveness.ensure();
      const response = await runIdempotently({ request, url, actor, body }, () =>
        handler({ request, url, requestId, actor, onBehalfOf, params, query, body, liveness }),
      );
      await liveness.ensure();
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      // A revoked token answers 401 whatever else went wrong, as it did when it was read first.
      try {
        await liveness.ensure();
      } catch (refusal) {
        return errorResponse(refusal, requestId);
      }
      return errorResponse(error, requestId);
    }
  };
}

/** Path ids pass the same text check as JSON fields before any query sees them. */
function checkedParams<P>(params: P): P {
  const causes = Object.entries(params as Record<string, string | string[]>).flatMap(([name, value]) =>
    [value].flat().flatMap((part) => {
      const message = textMessage(name, part);
      return message ? [{ field: name, message, code: "invalid_text" }] : [];
    }),
  );
  if (causes.length) throw AppError.validation(causes, "Invalid path parameters");
  return params;
}

/** Every query value (and name) is checked, also those a route's schema does not list. */
function assertQueryText(searchParams: URLSearchParams): void {
  const causes = [...searchParams].flatMap(([name, value]) => {
    const message = textMessage(name, name) ?? textMessage(name, value);
    return message ? [{ field: name, message, code: "invalid_text" }] : [];
  });
  if (causes.length) throw AppError.validation(causes, "Invalid query parameters");
}

type Authenticated = { actor: Actor; liveness: TokenLiveness };

async function authenticate(request: Request, deferLiveness: boolean): Promise<Authenticated> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("unauthenticated", "Authorization must be `Bearer <api token>`");
    const authenticated = await authenticateApiToken(match[1], { deferLiveness });
    if (!authenticated) throw revokedTokenError();
    return authenticated;
  }
  const actor = (await getConsoleSession())?.actor ?? null;
  if (!actor) throw new AppError("unauthenticated", "Send an API token as `Authorization: Bearer <token>`");
  return { actor, liveness: TokenLiveness.settled() };
}

/** A `tenant` header, where sent, must name the actor's tenant by id or slug. */
async function assertTenantHeader(request: Request, actor: Actor): Promise<void> {
  const tenantHeader = request.headers.get("tenant");
  if (tenantHeader && tenantHeader !== actor.tenantId) {
    const tenant = await db().tenant.findUnique({ where: { id: actor.tenantId }, select: { slug: true } });
    if (tenantHeader !== tenant?.slug) throw new AppError("forbidden", "The tenant header does not match the token's tenant");
  }
}

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}

export function created(body: unknown, location: string): NextResponse {
  return NextResponse.json(body, { status: 201, headers: { Location: location } });
}
