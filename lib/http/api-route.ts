// The one wrapper every /api route handler goes through: request id, authentication (bearer token or
// console session), role check, input validation, and errors in the shape of contract §1.2.
import { randomUUID } from "node:crypto";
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

export function apiRoute<P extends Record<string, string> = Record<string, never>, Q extends Schema = undefined, B extends Schema = undefined>(
  options: Options<Q, B>,
  handler: (ctx: ApiContext<P, Q, B>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = sanitizeRequestId(request.headers.get("x-request-id")) ?? randomUUID();
    try {
      const actor = await authenticate(request);
      assertRole(actor, options.roles);
      const url = new URL(request.url);
      const query = (options.query ? parseOrThrow(options.query, Object.fromEntries(url.searchParams), "Invalid query parameters") : undefined) as Parsed<Q>;
      const body = (options.body
        ? parseOrThrow(options.body, await readJsonBody(request, options.maxBodyBytes ?? env().MAX_JSON_BODY_BYTES))
        : undefined) as Parsed<B>;
      const params = (await context.params) ?? ({} as P);
      const onBehalfOf = request.headers.get("user-id")?.slice(0, 200) || undefined;
      const response = await runIdempotently({ request, url, actor, body }, () => handler({ request, url, requestId, actor, onBehalfOf, params, query, body }));
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

function sanitizeRequestId(value: string | null): string | undefined {
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : undefined;
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
