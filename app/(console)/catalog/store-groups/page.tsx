import type { Metadata } from "next";
import { SearchForm } from "@/components/catalog/search-form";
import { StoreGroupsTable } from "@/components/catalog/store-groups-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { pageQuery } from "@/lib/catalog/page-query";
import { CatalogListQuery } from "@/lib/catalog/schemas";
import { listStoreGroups } from "@/lib/catalog/store-groups/list-store-groups";

export const metadata: Metadata = { title: "Store groups" };

export default async function StoreGroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const query = pageQuery(CatalogListQuery, await searchParams);
  const page = await listStoreGroups(session.tenant.id, query);
  return (
    <>
      <PageHeader
        title="Store groups"
        description="Groups of stores (regions, formats) for POS coupon rules. A group that still has stores cannot be deleted."
        actions={canWrite ? <ButtonLink href="/catalog/store-groups/new">New store group</ButtonLink> : null}
      />
      <SearchForm label="Search store groups" q={query.q} placeholder="Id or name" keep={{ sort: query.sort }} />
      <StoreGroupsTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort} canWrite={canWrite} />
    </>
  );
}
