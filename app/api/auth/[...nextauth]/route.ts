// GET/POST /api/auth/*: next-auth's sign-in, sign-out and session endpoints. A credentials sign-in
// answers with the RateLimit-Policy / RateLimit fields of its failure budgets.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { signInRateLimitHeaders } from "@/lib/auth/sign-in";
import { clientAddressOf } from "@/lib/http/client-address";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  const params = await context.params;
  const signingIn = request.method === "POST" && params.nextauth?.join("/") === "callback/credentials";
  // next-auth reads the body itself; a copy tells us which email's budget to report.
  const form = signingIn
    ? await request
        .clone()
        .formData()
        .catch(() => null)
    : null;
  const response: Response = await NextAuth(request as never, { params } as never, authOptions());
  const email = form?.get("email");
  if (!signingIn || typeof email !== "string") return response;
  // Redirect answers have immutable headers: answer a copy.
  const answer = new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
  for (const [name, value] of Object.entries(await signInRateLimitHeaders(email, clientAddressOf(request))))
    answer.headers.set(name, value);
  return answer;
}

export { handler as GET, handler as POST };
