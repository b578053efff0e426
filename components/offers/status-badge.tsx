import { Badge } from "@/components/ui/page-header";
import type { OfferStatus } from "@/lib/offers/dates";

const TONES = { Draft: "indigo", Disabled: "slate", Planned: "amber", Active: "green", Expired: "rose", Exhausted: "rose" } as const;

/** "Exhausted" is the console's word for a live offer whose limit is used up (lib/limits/usage-view.ts). */
export function StatusBadge({ status }: { status: OfferStatus | "Exhausted" }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}
