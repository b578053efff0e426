"use client";
import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { switchTenantAction } from "@/app/(console)/actions";
import { ROLE_LABELS, type UserRole } from "@/lib/auth/roles";

type Props = {
  user: { name: string; email: string };
  tenant: { id: string; name: string };
  tenants: { id: string; name: string; role: UserRole }[];
  role: UserRole;
};

export function UserMenu({ user, tenant, tenants, role }: Props) {
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-4 text-sm">
      <label className="flex items-center gap-2">
        <span className="text-slate-500">Tenant</span>
        <select
          aria-label="Switch tenant"
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
          value={tenant.id}
          disabled={pending || tenants.length < 2}
          onChange={(event) => {
            const tenantId = event.target.value;
            startTransition(async () => {
              await switchTenantAction(tenantId);
            });
          }}
        >
          {tenants.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <span className="text-slate-700" data-testid="signed-in-user">
        {user.name} <span className="text-slate-500">({ROLE_LABELS[role]})</span>
      </span>
      <button
        type="button"
        className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100"
        onClick={() => signOut({ callbackUrl: "/sign-in" })}
      >
        Sign out
      </button>
    </div>
  );
}
