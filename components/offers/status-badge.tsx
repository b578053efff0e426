import { Badge } from "@/components/ui/page-header";
import type { OfferStatus } from "@/lib/offers/dates";

const TONES = { Draft: "indigo", Disabled: "slate", Planned: "amber", Active: "green", Expired: "rose" } as const;

export function StatusBadge({ status }: { status: OfferStatus }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}
