"use client";
// Edits the global exclusion list: add products with the catalog picker or by pasting ids (one per
// line or comma separated), remove them, then save the whole list at once.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveExclusionListAction } from "@/app/(console)/promotions/exclusions/actions";
import { parseIdList } from "@/components/offers/audience-fields";
import { ProductSearch } from "@/components/offers/product-filter-field";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Card, Notice } from "@/components/ui/page-header";

type Props = { ids: string[]; unknownIds: string[]; max: number; readOnly: boolean };

export function ExclusionsEditor({ ids: savedIds, unknownIds, max, readOnly }: Props) {
  const router = useRouter();
  const [ids, setIds] = useState(savedIds);
  const [paste, setPaste] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = ids.join("\n") !== savedIds.join("\n");

  const add = (more: string[]) => setIds((current) => [...current, ...more.filter((id) => !current.includes(id))]);
  const save = () =>
    startTransition(async () => {
      const result = await saveExclusionListAction({ ids });
      if (result.ok) {
        setMessage({ tone: "success", text: `Saved: ${result.data.ids.length} excluded products.` });
        router.refresh();
      } else setMessage({ tone: "error", text: Object.values(result.fieldErrors)[0] ?? result.message });
    });

  return (
    <div className="space-y-6">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {readOnly ? null : (
        <Card title="Add products">
          <div className="grid gap-4 md:grid-cols-2">
            <ProductSearch exclude={ids} onPick={(id) => add([id])} label="Find a product to exclude" />
            <div className="space-y-2">
              <label htmlFor="paste-ids" className="block text-sm font-medium text-slate-700">
                Paste product ids
              </label>
              <textarea
                id="paste-ids"
                rows={4}
                className={inputClass}
                value={paste}
                onChange={(e) => setPaste(e.target.value)}
                placeholder={"SKU-0001\nSKU-0002, SKU-0003"}
              />
              <Button
                variant="secondary"
                onClick={() => {
                  add(parseIdList(paste));
                  setPaste("");
                }}
              >
                Add pasted ids
              </Button>
            </div>
          </div>
        </Card>
      )}
      <Card title={`Excluded products (${ids.length} of at most ${max})`}>
        {ids.length === 0 ? <p className="text-sm text-slate-500">No product is excluded: every product can be discounted.</p> : null}
        <ul className="flex max-h-96 flex-wrap gap-2 overflow-auto" aria-label="Excluded products">
          {ids.map((id) => (
            <li key={id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm">
              <code>{id}</code>
              {unknownIds.includes(id) ? <span className="text-xs text-amber-700">(not in the catalog)</span> : null}
              {readOnly ? null : (
                <button
                  type="button"
                  aria-label={`Remove ${id}`}
                  className="text-slate-500 hover:text-rose-600"
                  onClick={() => setIds(ids.filter((x) => x !== id))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {readOnly ? null : (
          <div className="mt-4 flex items-center gap-3">
            <Button onClick={save} disabled={pending || !dirty}>
              {pending ? "Saving…" : "Save exclusion list"}
            </Button>
            {dirty ? <span className="text-sm text-amber-700">Unsaved changes</span> : null}
          </div>
        )}
      </Card>
    </div>
  );
}
