import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RedemptionsTable } from "@/components/redemptions/redemptions-table";
import { buttonClass } from "@/components/ui/button";
import { FilterForm, SelectFilter, TextFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listRedemptions, RedemptionListQuery } from "@/lib/redemptions/list-redemptions";
import { StoreTimeZones } from "@/components/ui/date-time";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";

// The redemption list's statuses: a redeemed use, and one given back (reverted).
const REDEMPTION_STATUSES = [
  { value: "redeemed", label: "Redeemed" },
  { value: "reverted", label: "Reverted" },
];

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
      <FilterForm label="Filter redemptions">
        <TextFilter label="Code or order starts with" name="q" value={query.q} />
        <SelectFilter label="Status" name="status" value={query.status} options={REDEMPTION_STATUSES} />
      </FilterForm>
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
