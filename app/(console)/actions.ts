"use server";
// Console-wide actions: switching the tenant a user works in.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireConsoleSession, TENANT_COOKIE } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export async function switchTenantAction(tenantId: string): Promise<void> {
  const session = await requireConsoleSession();
  if (!session.tenants.some((t) => t.id === tenantId)) throw new AppError("forbidden", "You are not a member of that tenant");
  (await cookies()).set(TENANT_COOKIE, tenantId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  redirect("/dashboard");
}
