// Legacy coupons (NewStore v0), first tab: the discount rules definitions point at.
import type { Metadata } from "next";
import { DiscountRulesTable } from "@/components/legacy/legacy-tables";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listDiscountRules } from "@/lib/legacy/list-discount-rules";
import { DISCOUNT_SCOPES, DiscountRuleListQuery } from "@/lib/legacy/schemas";

export const metadata: Metadata = { title: "Legacy discount rules" };

export default async function LegacyRulesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  const parsed = DiscountRuleListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : DiscountRuleListQuery.parse({});
  const page = await listDiscountRules(session.tenant.id, query);
  return (
    <>
      <PageHeader
        title="Legacy coupons"
        description="NewStore's v0 coupons, for integrations still on /v0/d: a discount rule says what is taken off, a coupon definition how its codes look, and each coupon is one code."
        actions={hasRole(session.actor.role, ROLES.write) ? <ButtonLink href="/legacy/rules/new">New discount rule</ButtonLink> : null}
      />
      <LegacyTabs current="rules" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter discount rules">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Label contains</span>
          <input name="q" defaultValue={query.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Scope</span>
          <select name="scope" defaultValue={query.scope ?? ""} className={inputClass}>
            <option value="">Any</option>
            {DISCOUNT_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {scope}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <DiscountRulesTable rows={page.items} total={page.total} page={query.page} count={query.count} />
    </>
  );
}
