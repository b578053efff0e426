import type { Metadata } from "next";
import { SearchForm } from "@/components/catalog/search-form";
import { StoresTable } from "@/components/catalog/stores-table";
import { ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { pageQuery } from "@/lib/catalog/page-query";
import { StoreListQuery } from "@/lib/catalog/schemas";
import { listStoreGroupOptions } from "@/lib/catalog/store-groups/list-store-groups";
import { listStores } from "@/lib/catalog/stores/list-stores";

export const metadata: Metadata = { title: "Stores" };

export default async function StoresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const query = pageQuery(StoreListQuery, await searchParams);
  const [page, groups] = await Promise.all([listStores(session.tenant.id, query), listStoreGroupOptions(session.tenant.id)]);
  return (
    <>
      <PageHeader
        title="Stores"
        description={`Stores that offers can be limited to. A store without a time zone uses the tenant zone (${session.tenant.timeZone}).`}
        actions={canWrite ? <ButtonLink href="/catalog/stores/new">New store</ButtonLink> : null}
      />
      <SearchForm label="Search stores" q={query.q} placeholder="Id or name" keep={{ sort: query.sort }}>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Store group</span>
          <select name="storeGroupId" defaultValue={query.storeGroupId ?? ""} className={inputClass}>
            <option value="">Any</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      </SearchForm>
      <StoresTable
        rows={page.items}
        total={page.total}
        page={query.page}
        count={query.count}
        sort={query.sort}
        canWrite={canWrite}
        groupNames={Object.fromEntries(groups.map((g) => [g.id, g.name]))}
      />
    </>
  );
}
