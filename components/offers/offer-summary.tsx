// The detail page's summary of one offer: the sentence, then every field in plain words.
import { Card } from "@/components/ui/page-header";
import { KIND_LABELS } from "@/lib/offers/category-schema";
import { formatOfferDate } from "@/lib/offers/dates";
import { describeOffer, formatMoney } from "@/lib/offers/preview";
import type { OfferView } from "@/lib/offers/schemas";
import { DateTime } from "@/components/ui/date-time";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="col-span-2 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function OfferSummary({ offer, storeNames, zone }: { offer: OfferView; storeNames: Record<string, string>; zone: string }) {
  const coupon = offer.consumers !== undefined;
  return (
    <Card title="Summary">
      <p className="mb-4 rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-950" data-testid="offer-preview">
        {describeOffer(offer, { zone })}
      </p>
      <dl className="divide-y divide-slate-100">
        <Row label="Kind">{KIND_LABELS[offer.category.kind]}</Row>
        {offer.description ? <Row label="Description">{offer.description}</Row> : null}
        <Row label="Valid">
          {formatOfferDate(offer.validFrom, zone)} → {offer.validTo ? formatOfferDate(offer.validTo, zone) : "no end"}{" "}
          <span className="text-slate-500">({offer.localizedTimezone ? "each store's local time" : "absolute instants"})</span>
        </Row>
        <Row label="Currencies">
          {offer.currencies
            .map((c) =>
              [
                c.code,
                c.minimumCartValue !== undefined ? `minimum ${formatMoney(c.minimumCartValue, c.code)}` : null,
                c.amount !== undefined ? `amount ${formatMoney(c.amount, c.code)}` : null,
              ]
                .filter(Boolean)
                .join(", "),
            )
            .join(" · ")}
        </Row>
        <Row label="Stores">{offer.stores.length === 0 ? "All stores" : offer.stores.map((id) => storeNames[id] ?? id).join(", ")}</Row>
        <Row label="Channels">{offer.channels.length === 0 ? "All channels" : offer.channels.join(", ")}</Row>
        <Row label="Segment">{offer.segment ? `${offer.segment.key} = ${offer.segment.value}` : "Everyone"}</Row>
        <Row label="Exclusive">{offer.exclusive ? "Yes: never combined with other offers of its family" : "No: stacks with others"}</Row>
        {coupon ? (
          <>
            <Row label="Consumers">{offer.consumers?.length ? offer.consumers.join(", ") : "Every customer"}</Row>
            <Row label="Single use">{offer.singleUse ? "Yes: each code once" : "No"}</Row>
            <Row label="Codes">{offer.codesCount ?? 0}</Row>
            <Row label="Redemptions">{offer.redemptionsCount ?? 0}</Row>
          </>
        ) : null}
        <Row label="Version">
          <code className="text-xs">{offer.version}</code>
        </Row>
        <Row label="Created">
          <DateTime at={offer.createdAt} zone={zone} /> by {offer.createdBy}
        </Row>
        <Row label="Last update">
          <DateTime at={offer.updatedAt} zone={zone} /> by {offer.updatedBy}
        </Row>
      </dl>
    </Card>
  );
}
