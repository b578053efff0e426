import type { Metadata } from "next";
import { PosTabs } from "@/components/pos/pos-tabs";
import { IssuedCouponsTable } from "@/components/pos/pos-tables";
import { FilterForm, SelectFilter, TextFilter } from "@/components/ui/filter-form";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { listIssuedCoupons } from "@/lib/pos/list-issued-coupons";
import { couponRuleChoices } from "@/lib/pos/list-coupon-rules";
import { ISSUED_STATUSES, IssuedCouponListQuery } from "@/lib/pos/list-schemas";
import { causesFromZod } from "@/lib/zod-issues";
import { StoreTimeZones } from "@/components/ui/date-time";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";

export const metadata: Metadata = { title: "Issued coupons" };

export default async function IssuedCouponsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireConsoleSession();
  const raw = await searchParams;
  const parsed = IssuedCouponListQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : IssuedCouponListQuery.parse({});
  const [page, rules, stores] = await Promise.all([
    listIssuedCoupons(session.tenant.id, query),
    couponRuleChoices(session.tenant.id),
    listStoreOptions(session.tenant.id),
  ]);
  return (
    <>
      <PageHeader
        title="POS coupons"
        description="Every printed coupon with its serial: where and for whom it was issued, and where it was redeemed. EXPIRED follows from the coupon's expiry date or its campaign's end."
      />
      <PosTabs current="issued" />
      {!parsed.success ? (
        <Notice tone="error">
          Some filters were not understood and are ignored:{" "}
          {causesFromZod(parsed.error)
            .map((c) => `${c.field ?? ""} ${c.message}`)
            .join("; ")}
        </Notice>
      ) : null}
      <FilterForm label="Filter issued coupons" layout="grid">
        <TextFilter label="Serial starts with" name="q" value={query.q} />
        <SelectFilter label="Status" name="status" value={query.status} options={ISSUED_STATUSES} />
        <SelectFilter
          label="Rule"
          name="couponRuleId"
          value={query.couponRuleId?.[0]}
          options={rules.map((r) => ({ value: r.id, label: r.name }))}
        />
        <TextFilter label="Customer id (issued or redeemed)" name="customerId" value={query.customerId} />
        <TextFilter label="Issued from" name="issuedFrom" type="date" value={query.issuedFrom?.slice(0, 10)} />
        <TextFilter label="Issued until" name="issuedTo" type="date" value={query.issuedTo?.slice(0, 10)} />
        <TextFilter label="Redeemed from" name="redeemedFrom" type="date" value={query.redeemedFrom?.slice(0, 10)} />
        <TextFilter label="Redeemed until" name="redeemedTo" type="date" value={query.redeemedTo?.slice(0, 10)} />
      </FilterForm>
      <StoreTimeZones stores={stores}>
        <IssuedCouponsTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort ?? "-issuedAt"} />
      </StoreTimeZones>
    </>
  );
}
