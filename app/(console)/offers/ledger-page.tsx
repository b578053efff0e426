// The ledger page of one coupon, automatic promotion or POS campaign (/coupons/{id}/ledger,
// /promotions/{id}/ledger, /pos/campaigns/{id}/ledger): every use, reservation, release and revert,
// filtered by status, local days, code, customer, store and channel, with the CSV of the filtered rows.
import Link from "next/link";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { buttonClass } from "@/components/ui/button";
import { FilterForm, SelectFilter, TextFilter } from "@/components/ui/filter-form";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ledgerQueryFromSearchParams } from "@/lib/ledger/console-query";
import { listLedger } from "@/lib/ledger/list-ledger";
import { LEDGER_STATUSES, type LedgerOfferType } from "@/lib/ledger/schemas";

export type LedgerPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FILTERS: { name: "code" | "customer" | "store" | "channel"; label: string }[] = [
  { name: "code", label: "Code starts with" },
  { name: "customer", label: "Customer" },
  { name: "store", label: "Store" },
  { name: "channel", label: "Channel" },
];

export async function LedgerPage({ type, basePath, params, searchParams }: LedgerPageProps & { type: LedgerOfferType; basePath: string }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const { query, invalid, search } = ledgerQueryFromSearchParams(await searchParams);
  const self = `${basePath}/${encodeURIComponent(id)}`;
  const page = await listLedger(session.tenant.id, id, query, new URL(`http://console${self}/ledger`), {
    type,
    timeZone: session.tenant.timeZone,
  }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const csv = `${self}/ledger/export.csv${search ? `?${search}` : ""}`;
  return (
    <>
      <PageHeader
        title={`Ledger of ${page.offer.name}`}
        description={`Every use of this offer: redeemed, reserved, released and reverted. Days are read in ${session.tenant.timeZone}.`}
        actions={
          <>
            <Link className={buttonClass("ghost")} href={self}>
              Back
            </Link>
            <a className={buttonClass("secondary")} href={csv} download>
              Download CSV
            </a>
          </>
        }
      />
      {invalid.length ? <Notice tone="error">Ignored invalid filter(s): {invalid.join(", ")}</Notice> : null}
      <FilterForm label="Filter the ledger">
        <SelectFilter label="Status" name="status" value={query.status} options={LEDGER_STATUSES} />
        <TextFilter label="From (local day)" name="from" type="date" value={query.from} />
        <TextFilter label="To (local day)" name="to" type="date" value={query.to} />
        {FILTERS.map((f) => (
          <TextFilter key={f.name} label={f.label} name={f.name} value={query[f.name]} />
        ))}
      </FilterForm>
      <LedgerTable rows={page.items} total={page.pagination.total} page={query.page} count={query.count} zone={session.tenant.timeZone} />
    </>
  );
}
