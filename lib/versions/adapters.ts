// The adapter of each kind that has versions.
import type { VersionAdapter } from "@/lib/versions/adapter";
import { campaignAdapter } from "@/lib/versions/campaign-adapter";
import type { VersionKind } from "@/lib/versions/kinds";
import { offerAdapter } from "@/lib/versions/offer-adapter";

const ADAPTERS: Record<VersionKind, VersionAdapter> = {
  coupon: offerAdapter("coupon"),
  promotion: offerAdapter("promotion"),
  pos_campaign: campaignAdapter,
};

export function adapterFor(kind: VersionKind): VersionAdapter {
  return ADAPTERS[kind];
}
