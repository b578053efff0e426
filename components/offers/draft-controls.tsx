"use client";
// The offer editor's draft actions (contract §8): save the form as a draft (the live offer stays as it
// is), publish it through the publish dialog, or discard it; and, after every save, what the draft does
// to the saved scenarios (before → after). A new offer can be created as a draft too.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import { createDraftAction, discardVersionAction, saveDraftAction } from "@/app/(console)/offers/version-actions";
import { ImpactList } from "@/components/scenarios/impact-list";
import { PublishDialog } from "@/components/versions/publish-dialog";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/page-header";
import { toFormPath } from "@/components/offers/form-errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import type { OfferFormValues } from "@/lib/offers/form-values";
import type { OfferView } from "@/lib/offers/schemas";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import type { VersionView } from "@/lib/versions/schemas";

type Props = {
  family: Family;
  loaded: OfferView | null;
  draft: VersionView | null;
  impact: ScenarioImpact | null;
  zone: string;
};

export function DraftNotice({ draft, label }: { draft: VersionView | null; label: string }) {
  if (!draft) return null;
  return (
    <Notice>
      You are editing the draft (version {draft.number}, saved by {draft.createdBy}). The live {label} does not change until you publish it.
    </Notice>
  );
}

export function DraftControls({ family, loaded, draft: initialDraft, impact: initialImpact, zone }: Props) {
  const router = useRouter();
  const form = useFormContext<OfferFormValues>();
  const info = FAMILIES[family];
  const [draft, setDraft] = useState(initialDraft);
  const [impact, setImpact] = useState(initialImpact);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  /** Saves the form as the draft; answers whether it was saved (field errors are shown beside the fields). */
  const save = (): Promise<boolean> =>
    new Promise((resolve) => {
      void form.handleSubmit(
        async (values) => {
          setMessage(null);
          if (!loaded) {
            const created = await createDraftAction(family, values);
            if (created.ok) {
              router.push(`${info.consolePath}/${created.data.id}/edit?draft=1`);
              return resolve(true);
            }
            setMessage({ tone: "error", text: created.message });
            return resolve(false);
          }
          const result = await saveDraftAction(family, loaded.id, values, draft ? { etag: draft.etag } : {});
          if (!result.ok) {
            for (const [field, text] of Object.entries(result.fieldErrors))
              form.setError(toFormPath(field) as keyof OfferFormValues, { message: text });
            setMessage({ tone: "error", text: result.message });
            return resolve(false);
          }
          setDraft(result.data.draft);
          setImpact(result.data.impact);
          form.reset(values);
          setMessage({
            tone: "success",
            text: `Draft saved (version ${result.data.draft.number}). The live ${info.label.toLowerCase()} is unchanged.`,
          });
          resolve(true);
        },
        () => resolve(false),
      )();
    });

  const discard = () => {
    if (
      !draft ||
      !loaded ||
      !window.confirm(`Discard the draft (version ${draft.number})? The live ${info.label.toLowerCase()} stays as it is.`)
    )
      return;
    startTransition(async () => {
      const result = await discardVersionAction(family, loaded.id, draft.number);
      if (result.ok) router.push(`${info.consolePath}/${loaded.id}`);
      else setMessage({ tone: "error", text: result.message });
    });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant={draft ? "primary" : "secondary"}
          onClick={() => startTransition(async () => void (await save()))}
          disabled={pending}
        >
          {draft ? "Save draft" : "Save as draft"}
        </Button>
        {loaded && draft ? (
          <>
            <PublishDialog
              kind={family}
              offerPath={`${info.consolePath}/${loaded.id}`}
              offerId={loaded.id}
              label="Publish…"
              zone={zone}
              variant="secondary"
              beforeOpen={async () => (form.formState.isDirty ? save() : true)}
            />
            <Button variant="ghost" onClick={discard} disabled={pending}>
              Discard draft
            </Button>
          </>
        ) : null}
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {impact ? <ImpactList impact={impact} /> : null}
    </div>
  );
}
