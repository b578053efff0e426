// Legacy coupons, second tab: coupon definitions and templates (one label namespace).
import type { Metadata } from "next";
import { DefinitionsTable } from "@/components/legacy/legacy-tables";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listTemplateSummaries } from "@/lib/legacy/list-coupon-definitions";
import { TemplateListQuery } from "@/lib/legacy/schemas";

export const metadata: Metadata = { title: "Coupon definitions" };

export default async function DefinitionsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  const parsed = TemplateListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : TemplateListQuery.parse({});
  const page = await listTemplateSummaries(session.tenant.id, query);
  return (
    <>
      <PageHeader
        title="Coupon definitions"
        description="How a legacy coupon's code looks (a pattern), the rules its coupons start from, and the discount rule they apply."
        actions={hasRole(session.actor.role, ROLES.write) ? <ButtonLink href="/legacy/definitions/new">New definition</ButtonLink> : null}
      />
      <LegacyTabs current="definitions" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter coupon definitions">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Label or pattern contains</span>
          <input name="q" defaultValue={query.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Kind</span>
          <select name="kind" defaultValue={query.kind ?? ""} className={inputClass}>
            <option value="">Definitions and templates</option>
            <option value="definition">Definitions</option>
            <option value="template">Templates</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <DefinitionsTable rows={page.items} total={page.total} page={query.page} count={query.count} />
    </>
  );
}
