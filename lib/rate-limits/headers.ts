// `RateLimit-Policy` and `RateLimit` response headers (IETF draft-ietf-httpapi-ratelimit-headers, the
// structured-field syntax of drafts 09 to 11): each policy a quoted name with its quota `q` and window `w`
// in seconds; each current state the same name with the remaining quota `r` and, while a window is open,
// the seconds `t` until it starts over. No `qu`: our unit (one code lookup) is not a registered quota unit.

export type RateLimitPolicyState = {
  policy: string;
  quota: number;
  windowSeconds: number;
  remaining: number;
  /** Absent when no window is open (nothing counted yet, or the last window is over). */
  resetSeconds?: number;
};

export type RateLimitHeaders = Record<"RateLimit-Policy" | "RateLimit", string>;

export function rateLimitHeaders(states: readonly RateLimitPolicyState[]): RateLimitHeaders {
  return {
    "RateLimit-Policy": states.map((s) => `"${s.policy}";q=${s.quota};w=${s.windowSeconds}`).join(", "),
    RateLimit: states
      .map((s) => `"${s.policy}";r=${Math.max(0, s.remaining)}${s.resetSeconds === undefined ? "" : `;t=${s.resetSeconds}`}`)
      .join(", "),
  };
}

/** Sets the headers on a response a route handler is about to return. */
export function withRateLimitHeaders<R extends Response>(response: R, headers: RateLimitHeaders): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
