// The deprecated v0 update (POST /api/v0/d/coupons/{id}) answers like PATCH and says it is deprecated
// (RFC 9745: the date it was deprecated, NewStore's sunset of the v0 API, 2023-06-15), on every answer.
export const DEPRECATED_UPDATE_HEADERS: Record<string, string> = {
  Deprecation: "@1686787200",
  Link: '<https://datatracker.ietf.org/doc/html/rfc9745>; rel="deprecation"; type="text/html"',
};

export function withDeprecation<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    const response = await handler(...args);
    for (const [name, value] of Object.entries(DEPRECATED_UPDATE_HEADERS)) response.headers.set(name, value);
    return response;
  };
}
