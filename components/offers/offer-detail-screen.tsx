// The detail page shared by coupons and promotions: title with status, actions, summary, history.
import { OfferActions } from "@/components/offers/offer-actions";
import { OfferHistory } from "@/components/offers/offer-history";
import { OfferSummary } from "@/components/offers/offer-summary";
import { StatusBadge } from "@/components/offers/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/page-header";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { FAMILIES, type Family } from "@/lib/offers/family";
import type { OfferView } from "@/lib/offers/schemas";

type Props = {
  family: Family;
  offer: OfferView;
  history: { items: AuditEventView[]; total: number };
  storeNames: Record<string, string>;
  canWrite: boolean;
  saved: boolean;
  zone: string;
};

export function OfferDetailScreen({ family, offer, history, storeNames, canWrite, saved, zone }: Props) {
  const info = FAMILIES[family];
  const base = `${info.consolePath}/${offer.id}`;
  return (
    <>
      <PageHeader
        title={offer.name}
        description={
          <span className="flex items-center gap-2">
            <span>Status:</span> <StatusBadge status={offer.status} /> <span className="text-slate-400">·</span> <span>{info.label}</span>
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
            {canWrite ? (
              <>
                <ButtonLink href={`${base}/edit`}>Edit</ButtonLink>
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
      {saved ? (
        <div className="mb-4">
          <Notice tone="success">Saved.</Notice>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <OfferSummary offer={offer} storeNames={storeNames} zone={zone} />
        </div>
        <OfferHistory events={history.items} total={history.total} />
      </div>
    </>
  );
}
