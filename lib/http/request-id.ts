// Request ids: the caller's `x-request-id` echoed when it is a sane token, otherwise a fresh one.
// Kept free of server-only imports so proxy.ts can use it too.

export function requestIdOf(request: Request): string {
  const value = request.headers.get("x-request-id");
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : crypto.randomUUID();
}
