// Who is acting, for which tenant, with which role: resolved from a session or an API token.
import { AppError } from "@/lib/errors";
import { hasRole, type Role } from "@/lib/auth/roles";

export type Actor = {
  /** "system": work the app does by itself on a tenant's behalf (a scheduled publish, switching a failing webhook endpoint off). */
  type: "user" | "token" | "system";
  id: string;
  name: string;
  tenantId: string;
  role: Role;
};

export function assertRole(actor: Actor, allowed: readonly Role[]): void {
  if (!hasRole(actor.role, allowed)) {
    throw new AppError("forbidden", `The ${actor.role} role cannot do this; it needs one of: ${allowed.join(", ")}`);
  }
}

/** The label written into createdBy/updatedBy and the audit log. */
export function actorLabel(actor: Actor): string {
  return actor.type === "token" ? `token:${actor.name}` : actor.name;
}

/** The actor of work the app does by itself for a tenant, e.g. "Scheduler" for scheduled publishes. */
export function systemActor(tenantId: string, name: string): Actor {
  return { type: "system", id: name.toLowerCase(), name, tenantId, role: "admin" };
}
