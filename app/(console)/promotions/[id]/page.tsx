import type { Metadata } from "next";
import { FAMILIES } from "@/lib/offers/family";
import { OfferDetailPage, type OfferPageProps } from "@/app/(console)/offers/offer-detail-page";

export const metadata: Metadata = { title: FAMILIES.promotion.label };

export default function Page(props: OfferPageProps) {
  return <OfferDetailPage family="promotion" {...props} />;
}
