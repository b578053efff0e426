import type { Metadata } from "next";
import { PosTabs } from "@/components/pos/pos-tabs";
import { IssuedCouponsTable } from "@/components/pos/pos-tables";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { listIssuedCoupons } from "@/lib/pos/list-issued-coupons";
import { couponRuleChoices } from "@/lib/pos/list-coupon-rules";
import { ISSUED_STATUSES, IssuedCouponListQuery } from "@/lib/pos/list-schemas";
import { causesFromZod } from "@/lib/zod-issues";
import { StoreTimeZones } from "@/components/ui/date-time";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";

export const metadata: Metadata = { title: "Issued coupons" };

function Filter({ label, name, value, type = "text" }: { label: string; name: string; value?: string; type?: string }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{label}</span>
      <input name={name} type={type} defaultValue={value ?? ""} className={inputClass} />
    </label>
  );
}

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
      <form method="get" className="mb-4 grid gap-3 md:grid-cols-4 xl:grid-cols-6" aria-label="Filter issued coupons">
        <Filter label="Serial starts with" name="q" value={query.q} />
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Status</span>
          <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            {ISSUED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Rule</span>
          <select name="couponRuleId" defaultValue={query.couponRuleId?.[0] ?? ""} className={inputClass}>
            <option value="">Any</option>
            {rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <Filter label="Customer id (issued or redeemed)" name="customerId" value={query.customerId} />
        <Filter label="Issued from" name="issuedFrom" type="date" value={query.issuedFrom?.slice(0, 10)} />
        <Filter label="Issued until" name="issuedTo" type="date" value={query.issuedTo?.slice(0, 10)} />
        <Filter label="Redeemed from" name="redeemedFrom" type="date" value={query.redeemedFrom?.slice(0, 10)} />
        <Filter label="Redeemed until" name="redeemedTo" type="date" value={query.redeemedTo?.slice(0, 10)} />
        <div className="flex items-end">
          <button type="submit" className={buttonClass("secondary")}>
            Apply filters
          </button>
        </div>
      </form>
      <StoreTimeZones stores={stores}>
        <IssuedCouponsTable rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort ?? "-issuedAt"} />
      </StoreTimeZones>
    </>
  );
}
