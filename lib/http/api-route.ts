// The one wrapper every /api route handler goes through: request id, authentication (bearer token or
// console session), role check, input validation, and errors in the shape of contract §1.2.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { resolveApiToken } from "@/lib/auth/api-tokens";
import type { Role } from "@/lib/auth/roles";
import { getConsoleSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { requestIdOf } from "@/lib/http/request-id";
import { textMessage } from "@/lib/validation/text";
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
};

type Options<Q extends Schema, B extends Schema> = {
  roles: readonly Role[];
  query?: Q;
  body?: B;
  maxBodyBytes?: number;
};

export function apiRoute<
  P extends Record<string, string> = Record<string, never>,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(options: Options<Q, B>, handler: (ctx: ApiContext<P, Q, B>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      const actor = await authenticate(request);
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
      const response = await runIdempotently({ request, url, actor, body }, () =>
        handler({ request, url, requestId, actor, onBehalfOf, params, query, body }),
      );
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
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

async function authenticate(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  let actor: Actor | null = null;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("unauthenticated", "Authorization must be `Bearer <api token>`");
    actor = await resolveApiToken(match[1]);
    if (!actor) throw new AppError("unauthenticated", "The API token is unknown or has been revoked");
  } else {
    actor = (await getConsoleSession())?.actor ?? null;
    if (!actor) throw new AppError("unauthenticated", "Send an API token as `Authorization: Bearer <token>`");
  }
  const tenantHeader = request.headers.get("tenant");
  if (tenantHeader && tenantHeader !== actor.tenantId) {
    const tenant = await db().tenant.findUnique({ where: { id: actor.tenantId }, select: { slug: true } });
    if (tenantHeader !== tenant?.slug) throw new AppError("forbidden", "The tenant header does not match the token's tenant");
  }
  return actor;
}

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}

export function created(body: unknown, location: string): NextResponse {
  return NextResponse.json(body, { status: 201, headers: { Location: location } });
}
