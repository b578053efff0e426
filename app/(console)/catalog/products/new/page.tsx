import type { Metadata } from "next";
import { ProductForm } from "@/components/catalog/product-form";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  const session = await requireConsoleSession();
  if (!hasRole(session.actor.role, ROLES.write)) {
    return (
      <>
        <PageHeader title="New product" />
        <Notice tone="error">Your role can view the catalog but not change it.</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title="New product" />
      <Card>
        <ProductForm />
      </Card>
    </>
  );
}
