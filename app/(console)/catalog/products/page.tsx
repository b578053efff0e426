import type { Metadata } from "next";
import { ProductImport } from "@/components/catalog/product-import";
import { ProductsTable } from "@/components/catalog/products-table";
import { SearchForm } from "@/components/catalog/search-form";
import { ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listProductCategories, listProducts } from "@/lib/catalog/products/list-products";
import { pageQuery } from "@/lib/catalog/page-query";
import { ProductListQuery } from "@/lib/catalog/schemas";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const query = pageQuery(ProductListQuery, await searchParams);
  const [page, categories] = await Promise.all([listProducts(session.tenant.id, query), listProductCategories(session.tenant.id)]);
  return (
    <>
      <PageHeader
        title="Products"
        description="The product catalog that offers and the cart simulator refer to: SKU, name, categories, attributes and prices per currency."
        actions={canWrite ? <ButtonLink href="/catalog/products/new">New product</ButtonLink> : null}
      />
      <SearchForm
        label="Search products"
        q={query.q}
        placeholder="SKU or name"
        keep={{ sort: query.sort, count: query.count === 20 ? undefined : String(query.count) }}
      >
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Category</span>
          <select name="category" defaultValue={query.category ?? ""} className={inputClass}>
            <option value="">Any</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </SearchForm>
      <ProductsTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort} canWrite={canWrite} />
      {canWrite ? (
        <Card title="Import products from CSV" className="mt-8">
          <ProductImport maxBytes={env().IMPORT_MAX_FILE_BYTES} />
        </Card>
      ) : null}
    </>
  );
}
