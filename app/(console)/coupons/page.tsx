import type { Metadata } from "next";
import { OfferListScreen } from "@/components/offers/offer-list-screen";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listQueryFromSearchParams } from "@/lib/offers/console-queries";
import { listOffers } from "@/lib/offers/list-offers";
import { listStoreOptions } from "@/lib/offers/pickers/list-store-options";

export const metadata: Metadata = { title: "Coupons" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const { query, invalid } = listQueryFromSearchParams(await searchParams);
  const [page, stores] = await Promise.all([listOffers(session.tenant.id, "coupon", query), listStoreOptions(session.tenant.id)]);
  return <OfferListScreen family="coupon" query={query} invalid={invalid} page={page} stores={stores} canWrite={hasRole(session.actor.role, ROLES.write)} />;
}
