// The ledger page of one coupon, automatic promotion or POS campaign (/coupons/{id}/ledger,
// /promotions/{id}/ledger, /pos/campaigns/{id}/ledger): every use, reservation, release and revert,
// filtered by status, local days, code, customer, store and channel, with the CSV of the filtered rows.
import Link from "next/link";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
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
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the ledger">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">Status</span>
          <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            {LEDGER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">From (local day)</span>
          <input type="date" name="from" defaultValue={query.from ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">To (local day)</span>
          <input type="date" name="to" defaultValue={query.to ?? ""} className={inputClass} />
        </label>
        {FILTERS.map((f) => (
          <label key={f.name} className="text-sm">
            <span className="mb-1 block text-slate-600">{f.label}</span>
            <input name={f.name} defaultValue={query[f.name] ?? ""} className={inputClass} />
          </label>
        ))}
        <button type="submit" className={buttonClass("secondary")}>
          Apply filters
        </button>
      </form>
      <LedgerTable rows={page.items} total={page.pagination.total} page={query.page} count={query.count} zone={session.tenant.timeZone} />
    </>
  );
}
