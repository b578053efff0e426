"use client";
// "Save changes" would break pinned scenarios: the editor shows which, before → after, and saves only
// with an explicit yes and a note (contract §8), which the audit log keeps with the change.
import { useState } from "react";
import { ImpactList } from "@/components/scenarios/impact-list";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";

type Props = { impact: ScenarioImpact; onConfirm: (note: string) => Promise<void>; onCancel: () => void };

export function LiveSaveConfirm({ impact, onConfirm, onCancel }: Props) {
  const [note, setNote] = useState("");
  const [accept, setAccept] = useState(false);
  const [pending, setPending] = useState(false);
  return (
    <div role="alertdialog" aria-label="Scenarios break" className="space-y-3 rounded-md border border-rose-200 bg-rose-50 p-4">
      <p className="text-sm font-medium text-rose-900">
        Saving this goes live at once and breaks {impact.broken} pinned scenario{impact.broken === 1 ? "" : "s"}.
      </p>
      <ImpactList impact={impact} title="What the change does to the scenarios" />
      <Field id="live-note" label="Note (required: why save anyway?)">
        <textarea id="live-note" rows={2} className={inputClass} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-rose-900">
        <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} /> I accept that these scenarios break
      </label>
      <div className="flex gap-3">
        <Button
          variant="danger"
          disabled={!accept || !note.trim() || pending}
          onClick={async () => {
            setPending(true);
            await onConfirm(note.trim());
            setPending(false);
          }}
        >
          Save anyway
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
