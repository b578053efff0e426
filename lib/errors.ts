// The one error type of Couponsmith. Services throw it; each edge (REST, server actions) translates it.
export type ErrorCode =
  | "validation_failed"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "version_mismatch"
  | "forbidden"
  | "unauthenticated"
  | "rate_limited"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "internal";

export type ErrorCause = { field?: string; message: string; code?: string };

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  version_mismatch: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
};

const TYPE: Record<ErrorCode, string> = {
  validation_failed: "invalid_request",
  unauthenticated: "authentication",
  forbidden: "authorization",
  not_found: "not_found",
  method_not_allowed: "invalid_request",
  conflict: "conflict",
  version_mismatch: "conflict",
  payload_too_large: "invalid_request",
  unsupported_media_type: "invalid_request",
  unprocessable: "invalid_request",
  rate_limited: "rate_limit",
  internal: "internal",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly causes: ErrorCause[];
  /** Extra machine-readable detail for the edge (e.g. Retry-After seconds, the current version). */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { causes?: ErrorCause[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.causes = options.causes ?? [];
    this.details = options.details ?? {};
  }

  get status(): number {
    return STATUS[this.code];
  }

  get type(): string {
    return TYPE[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError("not_found", `${what} not found`);
  }

  static validation(causes: ErrorCause[], message = "The request is not valid"): AppError {
    return new AppError("validation_failed", message, { causes });
  }

  /** A PUT sent a stale `version` (optimistic concurrency): nothing was changed. `what` is "this coupon", "store S1", … */
  static versionMismatch(what: string, currentVersion: string | number): AppError {
    return new AppError(
      "version_mismatch",
      `Someone else changed ${what} since you read it. Read it again (current version ${currentVersion}) and re-apply your change.`,
      {
        causes: [{ field: "version", message: "Stale version: the object changed since you read it", code: "version_mismatch" }],
        details: { currentVersion: String(currentVersion) },
      },
    );
  }

  static field(field: string, message: string, code = "invalid"): AppError {
    return new AppError("validation_failed", `${field}: ${message}`, { causes: [{ field, message, code }] });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
