// The list screen shared by /coupons and /promotions: header, filters, table.
import { OfferFilters } from "@/components/offers/offer-filters";
import { OfferTable } from "@/components/offers/offer-table";
import { ButtonLink } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { FAMILIES, type Family } from "@/lib/offers/family";
import type { StoreOption } from "@/lib/offers/pickers/list-store-options";
import type { OfferListQuery, OfferView } from "@/lib/offers/schemas";

type Props = { family: Family; query: OfferListQuery; invalid: string[]; page: { items: OfferView[]; total: number }; stores: StoreOption[]; canWrite: boolean };

const DESCRIPTIONS: Record<Family, string> = {
  coupon: "Coupon definitions: each carries one discount kind and becomes usable through its codes.",
  promotion: "Automatic promotions apply at checkout without a code, before coupons.",
};

export function OfferListScreen({ family, query, invalid, page, stores, canWrite }: Props) {
  const info = FAMILIES[family];
  return (
    <>
      <PageHeader
        title={info.plural}
        description={DESCRIPTIONS[family]}
        actions={
          <>
            {family === "promotion" ? (
              <ButtonLink href="/promotions/exclusions" variant="secondary">
                Exclusion list
              </ButtonLink>
            ) : null}
            {canWrite ? <ButtonLink href={`${info.consolePath}/new`}>New {info.label.toLowerCase()}</ButtonLink> : null}
          </>
        }
      />
      {invalid.length ? <Notice tone="error">Ignored invalid filter(s): {invalid.join(", ")}</Notice> : null}
      <OfferFilters family={family} query={query} stores={stores} />
      <OfferTable family={family} rows={page.items} total={page.total} page={query.page} count={query.count} sort={query.sort ?? "-updatedAt"} canWrite={canWrite} />
    </>
  );
}
