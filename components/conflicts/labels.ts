// Words for finding kinds and dead-offer reasons, shared by every conflict list of the console.
import type { FindingView } from "@/lib/conflicts/schemas";

export const KIND_LABELS: Record<FindingView["kind"], string> = {
  stacking: "Worst-case stacking",
  exclusive_collision: "Exclusive collisions",
  dead_offer: "Dead offers",
  overlap: "Overlaps",
};

export const REASON_LABELS: Record<NonNullable<FindingView["reason"]>, string> = {
  all_products_excluded: "every product excluded",
  minimum_unreachable: "minimum out of reach",
  shadowed: "shadowed by an exclusive offer",
  expired: "enabled but expired",
  no_active_codes: "no active codes",
  limit_used_up: "limit used up",
};

export const KIND_TONES: Record<FindingView["kind"], "rose" | "amber" | "slate" | "indigo"> = {
  stacking: "rose",
  exclusive_collision: "amber",
  dead_offer: "slate",
  overlap: "indigo",
};
