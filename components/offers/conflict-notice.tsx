"use client";
// Shown when a save lost the race: who saved first, what they changed compared with what this tab
// loaded, and a way to continue from their version.
import { Button } from "@/components/ui/button";
import { describeFilter } from "@/lib/offers/preview";
import { editableSnapshot } from "@/lib/offers/offer-view";
import type { OfferView } from "@/lib/offers/schemas";

const LABELS: Record<string, string> = {
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
    .map((field) => ({ field, label: LABELS[field] ?? field, from: formatValue(before[field]), to: formatValue(after[field]) }));
}

export function ConflictNotice({ loaded, current, onReload, onDismiss }: { loaded: OfferView; current: OfferView; onReload: () => void; onDismiss: () => void }) {
  const changes = changedFields(loaded, current);
  const when = new Date(current.updatedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">
        {current.updatedBy} saved this {current.consumers !== undefined ? "coupon" : "promotion"} at {when}, after you opened it. Your changes were not saved.
      </p>
      {changes.length ? (
        <table className="text-left">
          <caption className="mb-1 text-left font-medium">What they changed</caption>
          <thead>
            <tr>
              <th className="pr-4 font-medium">Field</th>
              <th className="pr-4 font-medium">When you opened it</th>
              <th className="font-medium">Their version</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field}>
                <td className="pr-4 align-top">{c.label}</td>
                <td className="pr-4 align-top text-slate-600 line-through">{c.from}</td>
                <td className="align-top font-medium">{c.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>They saved without changing any field you can edit (for example, enabled and disabled it again).</p>
      )}
      <div className="flex gap-2">
        <Button onClick={onReload}>Reload their version</Button>
        <Button variant="ghost" onClick={onDismiss}>
          Keep my edits for now
        </Button>
      </div>
      <p className="text-xs">Reloading replaces your unsaved edits with their version; re-apply your change and save again.</p>
    </div>
  );
}
