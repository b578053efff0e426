// The "New …" pages of the catalog (products, customers, stores, store groups): the form for writers,
// a notice for the roles that may only look. `form` runs only for writers, so what it loads is not read
// for the others.
import type { ReactNode } from "react";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession, type ConsoleSession } from "@/lib/auth/session";

export async function NewCatalogItemPage({
  title,
  form,
}: {
  title: string;
  form: (session: ConsoleSession) => ReactNode | Promise<ReactNode>;
}) {
  const session = await requireConsoleSession();
  if (!hasRole(session.actor.role, ROLES.write)) {
    return (
      <>
        <PageHeader title={title} />
        <Notice tone="error">Your role can view the catalog but not change it.</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} />
      <Card>{await form(session)}</Card>
    </>
  );
}
