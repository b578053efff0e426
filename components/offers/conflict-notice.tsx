"use client";
// Shown when a save lost the race: who saved first, what they changed compared with what this tab
// loaded, and a way to continue from their version.
import { Button } from "@/components/ui/button";
import { changedFields } from "@/lib/offers/format-value";
import type { OfferView } from "@/lib/offers/schemas";
import { DateTime } from "@/components/ui/date-time";

export function ConflictNotice({
  loaded,
  current,
  onReload,
  onDismiss,
}: {
  loaded: OfferView;
  current: OfferView;
  onReload: () => void;
  onDismiss: () => void;
}) {
  const changes = changedFields(loaded, current);
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">
        {current.updatedBy} saved this {current.consumers !== undefined ? "coupon" : "promotion"} at <DateTime at={current.updatedAt} />,
        after you opened it. Your changes were not saved.
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
