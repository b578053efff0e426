// Legacy coupons, third tab: find coupons by code across definitions (as GET /api/v0/d/coupons?filter[code]=…).
import type { Metadata } from "next";
import { LegacyCouponsTable } from "@/components/legacy/legacy-tables";
import { LegacyTabs } from "@/components/legacy/legacy-tabs";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { PageQuery } from "@/lib/http/pagination";
import { listLegacyCouponsByCode } from "@/lib/legacy/list-legacy-coupons";
import { CouponCodeFilter } from "@/lib/legacy/schemas";

export const metadata: Metadata = { title: "Legacy coupons" };

export default async function LegacyCouponsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  const params = await searchParams;
  const page = PageQuery.safeParse(params).data ?? PageQuery.parse({});
  const codes = CouponCodeFilter.safeParse(
    (params.codes ?? "")
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean),
  );
  const found = codes.success && codes.data.length ? await listLegacyCouponsByCode(session.tenant.id, codes.data, page) : null;
  return (
    <>
      <PageHeader title="Coupons" description="A legacy coupon is one code of a definition. Look coupons up by their codes." />
      <LegacyTabs current="coupons" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Find coupons by code">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Codes (separated by commas or spaces)</span>
          <input name="codes" defaultValue={params.codes ?? ""} className={`${inputClass} min-w-80`} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Find
        </button>
      </form>
      {!codes.success ? <Notice tone="error">{codes.error.issues[0]?.message}</Notice> : null}
      {found ? <LegacyCouponsTable rows={found.items} total={found.total} page={page.page} count={page.count} /> : null}
    </>
  );
}
