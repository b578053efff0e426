"use client";
import { useTransition } from "react";
import { changeUserRoleAction, removeUserAction } from "@/app/(console)/settings/actions";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, USER_ROLES, type UserRole } from "@/lib/auth/roles";

type Member = { id: string; email: string; name: string; role: UserRole; since: string };

export function UsersTable({ members, currentUserId }: { members: Member[]; currentUserId: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm" tabIndex={0} role="region" aria-label="Users">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Users of this tenant</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Email
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id}>
              <td className="px-3 py-2">{m.name}</td>
              <td className="px-3 py-2">{m.email}</td>
              <td className="px-3 py-2">
                <select
                  aria-label={`Role of ${m.email}`}
                  className="rounded-md border border-slate-300 px-2 py-1"
                  defaultValue={m.role}
                  disabled={pending}
                  onChange={(event) => {
                    const role = event.target.value;
                    startTransition(async () => {
                      const result = await changeUserRoleAction({ userId: m.id, role });
                      if (!result.ok) alert(result.message);
                    });
                  }}
                >
                  {USER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-3 py-2 text-right">
                {m.id === currentUserId ? null : (
                  <Button
                    variant="ghost"
                    disabled={pending}
                    onClick={() => {
                      if (!confirm(`Remove ${m.email} from this tenant?`)) return;
                      startTransition(async () => {
                        const result = await removeUserAction(m.id);
                        if (!result.ok) alert(result.message);
                      });
                    }}
                  >
                    Remove
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
