import type { Metadata } from "next";
import { StoreForm } from "@/components/catalog/store-form";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listStoreGroupOptions } from "@/lib/catalog/store-groups/list-store-groups";

export const metadata: Metadata = { title: "New store" };

export default async function NewStorePage() {
  const session = await requireConsoleSession();
  if (!hasRole(session.actor.role, ROLES.write)) {
    return (
      <>
        <PageHeader title="New store" />
        <Notice tone="error">Your role can view the catalog but not change it.</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title="New store" />
      <Card>
        <StoreForm
          groups={await listStoreGroupOptions(session.tenant.id)}
          tenantZone={session.tenant.timeZone}
          zones={Intl.supportedValuesOf("timeZone")}
        />
      </Card>
    </>
  );
}
