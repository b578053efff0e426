import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RedemptionsTable } from "@/components/redemptions/redemptions-table";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listRedemptions, RedemptionListQuery } from "@/lib/redemptions/list-redemptions";
import { StoreTimeZones } from "@/components/ui/date-time";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";

export const metadata: Metadata = { title: "Redemptions" };

export default async function RedemptionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const parsed = RedemptionListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : RedemptionListQuery.parse({});
  const [page, stores] = await Promise.all([listRedemptions(session.tenant.id, id, query), listStoreOptions(session.tenant.id)]);
  if (!page.couponName) notFound();
  return (
    <>
      <PageHeader
        title={`Redemptions of ${page.couponName}`}
        description="Each use of one of this coupon's codes at checkout; reverted ones gave their use back."
        actions={
          <Link className={buttonClass("secondary")} href={`/coupons/${id}`}>
            Back to the coupon
          </Link>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter redemptions">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Code or order starts with</span>
          <input name="q" defaultValue={query.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Status</span>
          <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="redeemed">Redeemed</option>
            <option value="reverted">Reverted</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Apply filters
        </button>
      </form>
      <StoreTimeZones stores={stores}>
        <RedemptionsTable
          couponId={id}
          canRevert={hasRole(session.actor.role, ROLES.checkout)}
          rows={page.items}
          total={page.total}
          page={query.page}
          count={query.count}
        />
      </StoreTimeZones>
    </>
  );
}
