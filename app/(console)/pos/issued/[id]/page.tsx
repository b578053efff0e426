import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Barcode } from "@/components/pos/barcode";
import { PrintButton } from "@/components/pos/print-button";
import { PosTabs } from "@/components/pos/pos-tabs";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { describeAward, localText } from "@/lib/pos/describe";
import { getIssuedCouponOrThrow } from "@/lib/pos/get-issued-coupon-or-throw";
import { formatInstantInZone } from "@/lib/pricing/time";
import { storeTimeZone } from "@/lib/catalog/stores/store-time-zone";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Coupon preview" };

// Printing shows the coupon alone: the console's navigation and header are hidden.
const PRINT_CSS = `@media print {
  #console-nav, body header, [data-print="hide"] { display: none !important; }
  body, main { background: #fff !important; padding: 0 !important; margin: 0 !important; }
  .md\\:pl-60 { padding-left: 0 !important; }
  [data-print="coupon"] { box-shadow: none !important; border: 1px dashed #000 !important; break-inside: avoid; }
}`;

export default async function IssuedCouponPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const coupon = await getIssuedCouponOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  // Each time in the zone of the store it happened in (the tenant's when the store has none).
  const [issuedZone, redeemedZone] = await Promise.all([
    storeTimeZone(db(), session.tenant.id, coupon.issued.storeId),
    storeTimeZone(db(), session.tenant.id, coupon.redeemed?.storeId),
  ]);
  const tone = coupon.status === "ACTIVE" ? "green" : coupon.status === "REDEEMED" ? "indigo" : "slate";
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div data-print="hide">
        <PageHeader
          title={`Coupon ${coupon.uniqueIdentifier}`}
          description={`Issued ${formatInstantInZone(Date.parse(coupon.issued.at), issuedZone.zone)} from rule ${coupon.couponName}.`}
          actions={<PrintButton />}
        />
        <PosTabs current="issued" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[auto_1fr]">
        <section
          data-print="coupon"
          data-testid="coupon-preview"
          aria-label="Printable coupon"
          className="w-[22rem] rounded-lg border border-slate-300 bg-white p-6 text-center shadow-sm"
        >
          <p className="text-xs tracking-widest text-slate-500 uppercase">{session.tenant.name}</p>
          <h2 className="mt-2 text-xl font-semibold text-slate-900" data-testid="coupon-text">
            {coupon.printedText}
          </h2>
          {coupon.award ? (
            <p className="mt-1 text-sm text-slate-700">{describeAward(coupon.award.category, coupon.award.currency)}</p>
          ) : null}
          <div className="mt-4 flex justify-center">
            <Barcode value={coupon.uniqueIdentifier} />
          </div>
          <p className="mt-1 font-mono text-sm tracking-wider" data-testid="coupon-serial">
            {coupon.uniqueIdentifier}
          </p>
          <p className="mt-3 text-xs text-slate-600" data-testid="coupon-validity">
            {coupon.validFrom || coupon.validTo ? (
              <>
                Valid {coupon.validFrom ? `from ${localText(coupon.validFrom)} ` : ""}
                {coupon.validTo ? `until ${localText(coupon.validTo)}` : "with no end date"}
              </>
            ) : (
              "No campaign: this coupon unlocks no discount."
            )}
          </p>
          <p className="mt-1 text-[11px] text-slate-600">Valid once. Scan it at the till.</p>
        </section>
        <Card title="Status" className="print:hidden">
          <dl className="grid grid-cols-[10rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-600">Status</dt>
            <dd>
              <Badge tone={tone}>{coupon.status}</Badge>
            </dd>
            <dt className="text-slate-600">Issued</dt>
            <dd>
              {[
                coupon.issued.storeId && `store ${coupon.issued.storeId}`,
                coupon.issued.pointOfSaleId && `till ${coupon.issued.pointOfSaleId}`,
                coupon.issued.customerId && `customer ${coupon.issued.customerId}`,
              ]
                .filter(Boolean)
                .join(", ") || "—"}
            </dd>
            <dt className="text-slate-600">Printing cost</dt>
            <dd>{coupon.printingCostInRewardPoints} reward points</dd>
            <dt className="text-slate-600">Redeemed</dt>
            <dd>
              {coupon.redeemed
                ? `${formatInstantInZone(Date.parse(coupon.redeemed.at), redeemedZone.zone)}${coupon.redeemed.storeId ? ` in store ${coupon.redeemed.storeId}` : ""}${coupon.redeemed.invoiceId ? `, invoice ${coupon.redeemed.invoiceId}` : ""}`
                : "not yet"}
            </dd>
            <dt className="text-slate-600">Rule</dt>
            <dd>
              <Link className="text-indigo-700 hover:underline" href={`/pos/rules/${coupon.couponRuleId}`}>
                {coupon.couponName}
              </Link>
            </dd>
          </dl>
        </Card>
      </div>
    </>
  );
}
