import type { Metadata } from "next";
import { OfferListScreen } from "@/components/offers/offer-list-screen";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { loadListScreen } from "@/lib/offers/console-list";

export const metadata: Metadata = { title: "Promotions" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireConsoleSession();
  const data = await loadListScreen(session.actor, session.tenant, "promotion", await searchParams);
  return <OfferListScreen family="promotion" {...data} canWrite={hasRole(session.actor.role, ROLES.write)} />;
}
