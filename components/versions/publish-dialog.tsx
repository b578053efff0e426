"use client";
// The publish dialog (contract §8): before anything goes live it shows each field the version changes
// against the live offer and what it does to the saved scenarios (before → after). Publish now or at an
// instant (in the tenant's zone); when pinned scenarios break, publishing needs the box ticked and a note,
// which the audit log keeps. The same dialog publishes an earlier version again (rollback).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { previewPublishAction, publishAction, versionConflictsAction } from "@/app/(console)/offers/version-actions";
import { FindingList } from "@/components/conflicts/finding-list";
import { ImpactList } from "@/components/scenarios/impact-list";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { localInputToInstant } from "@/lib/carts/simulation-url";
import type { FindingView } from "@/lib/conflicts/schemas";
import type { VersionKind } from "@/lib/versions/kinds";
import type { PublishPreview } from "@/lib/versions/schemas";

type Props = {
  kind: VersionKind;
  offerId: string;
  /** The offer's console page, where the dialog goes after publishing. */
  offerPath: string;
  /** The version to publish; absent: the draft. */
  number?: number;
  label: string;
  zone: string;
  variant?: "primary" | "secondary";
  /** Saves pending edits first (the editor's draft); false stops the dialog from opening. */
  beforeOpen?: () => Promise<boolean>;
};

export function PublishDialog({ kind, offerId, offerPath, number, label, zone, variant = "primary", beforeOpen }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<PublishPreview | null>(null);
  const [conflicts, setConflicts] = useState<FindingView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [when, setWhen] = useState<"now" | "at">("now");
  const [atLocal, setAtLocal] = useState("");
  const [note, setNote] = useState("");
  const [accept, setAccept] = useState(false);
  const [pending, startTransition] = useTransition();
  const rollback = preview?.version.status === "superseded";

  const show = () =>
    startTransition(async () => {
      setError(null);
      if (beforeOpen && !(await beforeOpen())) return;
      const [result, found] = await Promise.all([
        previewPublishAction(kind, offerId, number),
        versionConflictsAction(kind, offerId, number),
      ]);
      if (!result.ok) return setError(result.message);
      setPreview(result.data);
      setConflicts(found.ok ? found.data : null);
      setAccept(false);
      setOpen(true);
    });

  const publish = () =>
    startTransition(async () => {
      setError(null);
      const at = when === "at" ? localInputToInstant(atLocal, zone) : undefined;
      if (when === "at" && !at) return setError("Choose the date and time it goes live.");
      const result = await publishAction(kind, offerId, {
        number: preview?.version.number,
        ...(at ? { at } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(accept ? { acceptBrokenScenarios: true } : {}),
      });
      if (!result.ok) return setError(result.message);
      setOpen(false);
      router.push(`${offerPath}?${result.data.live ? "published" : "scheduled"}=${result.data.version.number}`);
    });

  const broken = preview?.impact.broken ?? 0;
  return (
    <>
      <Button variant={variant} onClick={show} disabled={pending}>
        {label}
      </Button>
      {error && !open ? <p className="text-sm text-rose-700">{error}</p> : null}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={rollback ? `Publish version ${preview?.version.number} again` : `Publish version ${preview?.version.number ?? ""}`}
      >
        {preview ? (
          <div className="space-y-5">
            <section aria-label="Changes against the live version" className="space-y-1">
              <h3 className="text-sm font-semibold text-slate-900">Against what is live now</h3>
              <p className="text-sm text-slate-700">{preview.summary}</p>
              <ul className="list-disc pl-5 text-sm text-slate-700">
                {preview.changes.map((change) => (
                  <li key={change.field}>{change.sentence}</li>
                ))}
              </ul>
            </section>
            <ImpactList impact={preview.impact} title="What it does to the scenarios" />
            {conflicts ? (
              <section aria-label="New conflicts" className="space-y-1">
                <h3 className="text-sm font-semibold text-slate-900">New conflicts this version brings</h3>
                {conflicts.length === 0 ? (
                  <p className="text-sm text-slate-500">None: the conflict analyzer finds nothing this version adds.</p>
                ) : (
                  <FindingList findings={conflicts} label="New conflicts this version brings" />
                )}
              </section>
            ) : null}
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold text-slate-900">When</legend>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="when" checked={when === "now"} onChange={() => setWhen("now")} /> Now
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="when" checked={when === "at"} onChange={() => setWhen("at")} /> At
                <input
                  type="datetime-local"
                  aria-label={`Publish at (${zone})`}
                  className={`${inputClass} w-auto`}
                  value={atLocal}
                  onChange={(e) => {
                    setAtLocal(e.target.value);
                    setWhen("at");
                  }}
                />
                <span className="text-slate-500">{zone}</span>
              </label>
            </fieldset>
            <Field id="publish-note" label={broken > 0 ? "Note (required: why publish anyway?)" : "Note (optional)"}>
              <textarea id="publish-note" rows={2} className={inputClass} value={note} onChange={(e) => setNote(e.target.value)} />
            </Field>
            {broken > 0 ? (
              <label className="flex items-start gap-2 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
                <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} />
                <span>
                  I accept that {broken} scenario{broken === 1 ? "" : "s"} will no longer get the pinned result. The note and the scenarios
                  go into the audit log.
                </span>
              </label>
            ) : null}
            {error ? <Notice tone="error">{error}</Notice> : null}
            <div className="flex gap-3">
              <Button onClick={publish} disabled={pending || (broken > 0 && (!accept || !note.trim()))}>
                {pending ? "Publishing…" : when === "at" ? "Schedule" : "Publish now"}
              </Button>
              <Button variant="ghost" onClick={() => setOpen(false)}>
                Cancel
              </Button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </>
  );
}
