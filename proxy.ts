// Redirects signed-out visitors of console pages to sign-in. It only looks for the session cookie;
// every page, action and route handler still checks the session and role itself.
// For /api paths it only refuses a path that is not valid percent-encoded UTF-8 (`%C0%AF`, `%ff`):
// Next would fail to decode it before any route runs and answer a bare 500. It also makes Next's
// trailing-slash redirect for console pages (next.config.ts turns Next's own off, for /api's sake).
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { requestIdOf } from "@/lib/http/request-id";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) return malformedPath(request) ?? NextResponse.next();
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A plain URL: a NextURL would put the trailing slash back when it formats the pathname.
    return NextResponse.redirect(new URL(`${pathname.replace(/\/+$/, "") || "/"}${request.nextUrl.search}`, request.url), 308);
  }
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search =
    request.nextUrl.pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

function malformedPath(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return undefined;
  } catch {
    const message = "The path is not valid percent-encoded UTF-8";
    return errorResponse(AppError.validation([{ field: "path", message, code: "invalid_encoding" }], message), requestIdOf(request));
  }
}

export const config = {
  // /api paths only when they hold a percent sign: API ids never need one, so ordinary API calls (and
  // their bodies, which Next buffers for a proxy) skip it; a broken escape always has one.
  matcher: ["/api/:rest((?:.*)%(?:.*))", "/((?!api|sign-in|_next|favicon.ico|icon.svg|icon-512.png|apple-touch-icon.png|robots.txt).*)"],
};
