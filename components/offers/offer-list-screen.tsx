// The list screen shared by /coupons and /promotions: header, filters, table.
import { ListTools } from "@/components/offers/list-tools";
import { OfferFilters } from "@/components/offers/offer-filters";
import { OfferTable } from "@/components/offers/offer-table";
import { ButtonLink } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { savedViewList, type ListScreenData } from "@/lib/offers/console-list";

type Props = ListScreenData & { family: Family; canWrite: boolean };

const DESCRIPTIONS: Record<Family, string> = {
  coupon: "Coupon definitions: each carries one discount kind and becomes usable through its codes.",
  promotion: "Automatic promotions apply at checkout without a code, before coupons.",
};

export function OfferListScreen({ family, query, invalid, archived, page, stores, views, canWrite, usage }: Props) {
  const info = FAMILIES[family];
  return (
    <>
      <PageHeader
        title={archived ? `Archived ${info.plural.toLowerCase()}` : info.plural}
        description={
          archived ? "Archived offers never apply. Select some and restore them: they come back disabled." : DESCRIPTIONS[family]
        }
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
      <ListTools list={savedViewList(family)} views={views} archived={archived} />
      <OfferFilters family={family} query={query} stores={stores} archived={archived} />
      <OfferTable
        family={family}
        rows={page.items}
        total={page.total}
        page={query.page}
        count={query.count}
        sort={query.sort ?? "-updatedAt"}
        canWrite={canWrite}
        archived={archived}
        usage={usage}
      />
    </>
  );
}
