// next-auth configuration: email + password, JWT sessions (the credentials provider needs them).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/auth/secret";
import { checkCredentials } from "@/lib/auth/sign-in";
import { clientAddressFromStamp, PEER_HEADER } from "@/lib/http/client-address";

export const SIGN_IN_PATH = "/sign-in";

/** next-auth hands authorize() the request headers as a plain object. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const stamp = headers?.[PEER_HEADER];
  return clientAddressFromStamp(typeof stamp === "string" ? stamp : undefined);
}

let options: NextAuthOptions | undefined;

/** Built on first use so that `next build` never needs the secret. */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const result = await checkCredentials(credentials.email, credentials.password, clientAddress(req?.headers));
          if (result.ok) return result.user;
          if (result.reason === "rate_limited") {
            throw new Error(`Too many failed sign-ins. Try again in ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} minute(s).`);
          }
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
  return options;
}
