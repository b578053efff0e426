// Translates anything thrown into the REST error object of contract §1.2.
import { NextResponse } from "next/server";
import { AppError, isAppError } from "@/lib/errors";

export type ErrorBody = {
  message: string;
  status: number;
  code: string;
  type: string;
  id: string;
  causes: { field?: string; message: string; code?: string }[];
};

/** Prisma's unique-constraint and row-not-found errors are client conflicts, not server faults. */
function fromPrisma(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("conflict", "A record with the same unique value already exists");
  if (code === "P2025") return AppError.notFound("Record");
  return undefined;
}

export function toAppError(error: unknown, requestId: string): AppError {
  if (isAppError(error)) return error;
  const known = fromPrisma(error);
  if (known) return known;
  console.error(`[${requestId}] unhandled error`, error);
  return new AppError("internal", "Something went wrong on our side. Quote the request id when you contact support.");
}

export function errorResponse(error: unknown, requestId: string): NextResponse<ErrorBody> {
  const appError = toAppError(error, requestId);
  const body: ErrorBody = {
    message: appError.message,
    status: appError.status,
    code: appError.code,
    type: appError.type,
    id: requestId,
    causes: appError.causes,
  };
  const headers = new Headers({ "x-request-id": requestId });
  const retryAfter = appError.details.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("Retry-After", String(retryAfter));
  // Headers the operation wants on its answer even when it fails (e.g. RateLimit-Policy / RateLimit).
  const extra = appError.details.headers;
  if (extra && typeof extra === "object")
    for (const [name, value] of Object.entries(extra)) if (typeof value === "string") headers.set(name, value);
  return NextResponse.json(body, { status: appError.status, headers });
}
