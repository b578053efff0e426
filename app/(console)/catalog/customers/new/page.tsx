import type { Metadata } from "next";
import { CustomerForm } from "@/components/catalog/customer-form";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  const session = await requireConsoleSession();
  if (!hasRole(session.actor.role, ROLES.write)) {
    return (
      <>
        <PageHeader title="New customer" />
        <Notice tone="error">Your role can view the catalog but not change it.</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title="New customer" />
      <Card>
        <CustomerForm />
      </Card>
    </>
  );
}
