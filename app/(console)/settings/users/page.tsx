import type { Metadata } from "next";
import { CreateUserForm } from "@/components/settings/create-user-form";
import { UsersTable } from "@/components/settings/users-table";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const session = await requireConsoleSession();
  if (session.actor.role !== "admin") {
    return (
      <>
        <PageHeader title="Users" />
        <Notice tone="error">Only admins manage users.</Notice>
      </>
    );
  }
  const members = await listUsers(session.tenant.id);
  return (
    <>
      <PageHeader title="Users" description="People who can sign in to this tenant, and their role here." />
      <div className="space-y-6">
        <UsersTable members={members} currentUserId={session.user.id} />
        <Card title="Add a user">
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
