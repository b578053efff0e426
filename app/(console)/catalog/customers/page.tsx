import type { Metadata } from "next";
import { CustomersTable } from "@/components/catalog/customers-table";
import { SearchForm } from "@/components/catalog/search-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listCustomers } from "@/lib/catalog/customers/list-customers";
import { pageQuery } from "@/lib/catalog/page-query";
import { CatalogListQuery } from "@/lib/catalog/schemas";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const query = pageQuery(CatalogListQuery, await searchParams);
  const page = await listCustomers(session.tenant.id, query);
  return (
    <>
      <PageHeader
        title="Customers"
        description="Customers that coupons can be limited to, with the segments, reward points and lifetime purchases that targeting and POS rules read."
        actions={canWrite ? <ButtonLink href="/catalog/customers/new">New customer</ButtonLink> : null}
      />
      <SearchForm label="Search customers" q={query.q} placeholder="Id, name or email" keep={{ sort: query.sort }} />
      <CustomersTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort} canWrite={canWrite} />
    </>
  );
}
