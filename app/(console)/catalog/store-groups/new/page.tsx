import type { Metadata } from "next";
import { StoreGroupForm } from "@/components/catalog/store-group-form";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New store group" };

export default async function NewStoreGroupPage() {
  const session = await requireConsoleSession();
  if (!hasRole(session.actor.role, ROLES.write)) {
    return (
      <>
        <PageHeader title="New store group" />
        <Notice tone="error">Your role can view the catalog but not change it.</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title="New store group" />
      <Card>
        <StoreGroupForm />
      </Card>
    </>
  );
}
