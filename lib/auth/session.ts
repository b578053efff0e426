// The console's view of who is signed in: the user, their tenants, and the tenant they are working in.
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions, SIGN_IN_PATH } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/actor";
import { UserRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const TENANT_COOKIE = "cs_tenant";

export type ConsoleSession = {
  actor: Actor;
  user: { id: string; email: string; name: string };
  tenant: { id: string; slug: string; name: string; timeZone: string };
  tenants: { id: string; name: string; role: UserRole }[];
};

/** Reads the session once per request; null when signed out or the user no longer has a tenant. */
export const getConsoleSession = cache(async (): Promise<ConsoleSession | null> => {
  const session = await getServerSession(authOptions());
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { tenant: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.memberships.length === 0) return null;
  const wanted = (await cookies()).get(TENANT_COOKIE)?.value;
  const membership = user.memberships.find((m) => m.tenantId === wanted) ?? user.memberships[0];
  const role = UserRole.parse(membership.role);
  return {
    actor: { type: "user", id: user.id, name: user.name, tenantId: membership.tenantId, role },
    user: { id: user.id, email: user.email, name: user.name },
    tenant: { id: membership.tenant.id, slug: membership.tenant.slug, name: membership.tenant.name, timeZone: membership.tenant.timeZone },
    tenants: user.memberships.map((m) => ({ id: m.tenantId, name: m.tenant.name, role: UserRole.parse(m.role) })),
  };
});

/** For pages: the session, or a redirect to sign-in. */
export async function requireConsoleSession(): Promise<ConsoleSession> {
  const session = await getConsoleSession();
  if (!session) redirect(SIGN_IN_PATH);
  return session;
}

/** For server actions and route handlers: the actor, or an unauthenticated error. */
export async function requireSessionActor(): Promise<Actor> {
  const session = await getConsoleSession();
  if (!session) throw new AppError("unauthenticated", "Sign in to continue");
  return session.actor;
}
