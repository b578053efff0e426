import type { Metadata } from "next";
import { PosTabs } from "@/components/pos/pos-tabs";
import { CouponRulesTable } from "@/components/pos/pos-tables";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listCouponRules } from "@/lib/pos/list-coupon-rules";
import { CouponRuleListQuery } from "@/lib/pos/list-schemas";

export const metadata: Metadata = { title: "POS coupon rules" };

export default async function PosRulesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  const parsed = CouponRuleListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : CouponRuleListQuery.parse({});
  const page = await listCouponRules(session.tenant.id, query);
  return (
    <>
      <PageHeader
        title="POS coupons"
        description="Paper coupons printed at the till (Erply style): rules say when a till prints one and which campaign it unlocks; scanning its serial later gives the discount once."
        actions={hasRole(session.actor.role, ROLES.write) ? <ButtonLink href="/pos/rules/new">New rule</ButtonLink> : null}
      />
      <PosTabs current="rules" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Search coupon rules">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Name or code contains</span>
          <input name="q" defaultValue={query.q ?? ""} className={inputClass} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      <CouponRulesTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort} />
    </>
  );
}
