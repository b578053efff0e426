// Plain-words rendering of offer field values, shared by the conflict message (client) and the
// history on the detail page (server). Pure: no React, no server imports.
import { editableSnapshot } from "@/lib/offers/offer-view";
import { describeFilter } from "@/lib/offers/preview";
import type { OfferView } from "@/lib/offers/schemas";

export const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  description: "Description",
  active: "Enabled",
  localizedTimezone: "Store local time",
  validFrom: "Valid from",
  validTo: "Valid to",
  category: "Discount",
  currencies: "Currencies",
  stores: "Stores",
  channels: "Channels",
  exclusive: "Exclusive",
  segment: "Segment",
  singleUse: "Single use",
  consumers: "Consumers",
  maxRedemptions: "Redemption limit",
};

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    if (value.every((v) => typeof v === "string")) return value.join(", ");
    return value.map((v) => (v && typeof v === "object" && "code" in v ? Object.values(v).join(" ") : JSON.stringify(v))).join("; ");
  }
  if (typeof value === "object" && value && "kind" in value) {
    const c = value as { kind: string; discount?: number; products?: Parameters<typeof describeFilter>[0] };
    return `${c.kind}${c.discount !== undefined ? ` ${c.discount}` : ""}${c.products ? ` on ${describeFilter(c.products)}` : ""}`;
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function changedFields(loaded: OfferView, current: OfferView): { field: string; label: string; from: string; to: string }[] {
  const before = editableSnapshot(loaded);
  const after = editableSnapshot(current);
  return Object.keys({ ...before, ...after })
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, label: FIELD_LABELS[field] ?? field, from: formatValue(before[field]), to: formatValue(after[field]) }));
}
