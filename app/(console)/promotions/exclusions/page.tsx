import type { Metadata } from "next";
import { ExclusionsEditor } from "@/components/offers/exclusions-editor";
import { ButtonLink } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { countAffectedOffers } from "@/lib/offers/exclusions/count-affected-offers";
import { getExclusionList } from "@/lib/offers/exclusions/get-exclusion-list";
import { existingProductIds } from "@/lib/offers/pickers/search-products";
import { formatInstantInZone } from "@/lib/pricing/time";

export const metadata: Metadata = { title: "Exclusion list" };

export default async function Page() {
  const session = await requireConsoleSession();
  const list = await getExclusionList(session.tenant.id);
  const [affected, known] = await Promise.all([
    countAffectedOffers(session.tenant.id, list.ids),
    existingProductIds(session.tenant.id, list.ids),
  ]);
  return (
    <>
      <PageHeader
        title="Global exclusion list"
        description="Products on this list are never discounted: not by automatic promotions, not by coupons."
        actions={
          <ButtonLink href="/promotions" variant="ghost">
            Back to promotions
          </ButtonLink>
        }
      />
      <div className="mb-6">
        <Notice>
          <span data-testid="affected-offers">
            {affected.byProduct} {affected.byProduct === 1 ? "offer names" : "offers name"} an excluded product directly;{" "}
            {affected.byCategory} more {affected.byCategory === 1 ? "targets a category" : "target categories"} containing one.
          </span>
          {list.updatedAt
            ? ` Last saved ${formatInstantInZone(Date.parse(list.updatedAt), session.tenant.timeZone)} by ${list.updatedBy}.`
            : " Never saved."}
        </Notice>
      </div>
      <ExclusionsEditor
        ids={list.ids}
        unknownIds={list.ids.filter((id) => !known.has(id))}
        max={env().EXCLUSION_LIST_MAX_IDS}
        readOnly={!hasRole(session.actor.role, ROLES.write)}
      />
    </>
  );
}
