// Redirects signed-out visitors of console pages to sign-in. It only looks for the session cookie;
// every page, action and route handler still checks the session and role itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = request.nextUrl.pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api|sign-in|_next|favicon.ico|icon.svg|icon-512.png|apple-touch-icon.png|robots.txt).*)"],
};
