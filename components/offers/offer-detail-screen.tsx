// The detail page shared by coupons and promotions: title with status, actions, versions waiting to go
// live (a draft, scheduled publishes), summary, history.
import { OfferActions } from "@/components/offers/offer-actions";
import { OfferHistory } from "@/components/offers/offer-history";
import { LimitsCard } from "@/components/offers/limits-card";
import { displayStatus, type OfferUsageSummary } from "@/lib/limits/usage-view";
import { OfferSummary } from "@/components/offers/offer-summary";
import { StatusBadge } from "@/components/offers/status-badge";
import { PendingVersions } from "@/components/versions/pending-versions";
import { ButtonLink } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/page-header";
import type { PendingVersion } from "@/lib/versions/list-versions";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { FAMILIES, type Family } from "@/lib/offers/family";
import type { OfferView } from "@/lib/offers/schemas";

type Props = {
  family: Family;
  offer: OfferView;
  history: { items: AuditEventView[]; total: number };
  storeNames: Record<string, string>;
  pending: PendingVersion[];
  canWrite: boolean;
  /** What the last action did, from the query string: saved, published=N, scheduled=N. */
  saved: boolean;
  published?: string;
  scheduled?: string;
  zone: string;
  /** The bars of the current limit window; null without limits. */
  usage: OfferUsageSummary | null;
};

export function OfferDetailScreen({
  family,
  offer,
  history,
  storeNames,
  pending,
  canWrite,
  saved,
  published,
  scheduled,
  zone,
  usage,
}: Props) {
  const info = FAMILIES[family];
  const base = `${info.consolePath}/${offer.id}`;
  return (
    <>
      <PageHeader
        title={offer.name}
        description={
          <span className="flex items-center gap-2">
            <span>Status:</span> <StatusBadge status={displayStatus(offer.status, usage)} /> <span className="text-slate-400">·</span>{" "}
            <span>{info.label}</span>
          </span>
        }
        actions={
          <>
            <ButtonLink href={info.consolePath} variant="ghost">
              Back to the list
            </ButtonLink>
            {family === "coupon" ? (
              <>
                <ButtonLink href={`${base}/codes`} variant="secondary">
                  Codes ({offer.codesCount ?? 0})
                </ButtonLink>
                <ButtonLink href={`${base}/redemptions`} variant="secondary">
                  Redemptions ({offer.redemptionsCount ?? 0})
                </ButtonLink>
              </>
            ) : null}
            <ButtonLink href={`${base}/ledger`} variant="secondary">
              Ledger
            </ButtonLink>
            <ButtonLink href={`${base}/versions`} variant="secondary">
              Versions
            </ButtonLink>
            {canWrite ? (
              <>
                <ButtonLink href={`${base}/edit`}>{pending.some((v) => v.status === "draft") ? "Edit the draft" : "Edit"}</ButtonLink>
                <OfferActions family={family} id={offer.id} name={offer.name} />
              </>
            ) : (
              <ButtonLink href={`${base}/edit`} variant="secondary">
                View all fields
              </ButtonLink>
            )}
          </>
        }
      />
      {saved || published || scheduled ? (
        <div className="mb-4">
          <Notice tone="success">
            {published ? `Version ${published} is live.` : scheduled ? `Version ${scheduled} is scheduled.` : "Saved."}
          </Notice>
        </div>
      ) : null}
      <PendingVersions kind={family} offerId={offer.id} pending={pending} canWrite={canWrite} zone={zone} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <LimitsCard limits={offer.limits} usage={usage} ledgerHref={`${base}/ledger`} />
          <OfferSummary offer={offer} storeNames={storeNames} zone={zone} />
        </div>
        <OfferHistory events={history.items} total={history.total} />
      </div>
    </>
  );
}
