"use client";
// "Include drafts": the working drafts (and the versions the link names) to price beside the live offers.
import { Card } from "@/components/ui/page-header";
import type { DraftChoice } from "@/lib/batch/list-draft-choices";

type Props = { choices: DraftChoice[]; selected: DraftChoice[]; onChange: (selected: DraftChoice[]) => void };

const same = (a: DraftChoice, b: DraftChoice) => a.kind === b.kind && a.id === b.id;

export function DraftPicker({ choices, selected, onChange }: Props) {
  return (
    <Card title="Include drafts">
      {choices.length === 0 ? (
        <p className="text-sm text-slate-600">No offer has a draft: the cart is priced with the live offers.</p>
      ) : (
        <fieldset>
          <legend className="text-sm text-slate-600">
            Checked drafts are priced in place of (or beside) their live offers, here only: checkout never sees them.
          </legend>
          <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto text-sm">
            {choices.map((choice) => {
              const id = `sim-draft-${choice.kind}-${choice.id}`;
              const checked = selected.some((s) => same(s, choice));
              return (
                <li key={id} className="flex items-center gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    checked={checked}
                    onChange={(e) => onChange(e.target.checked ? [...selected, choice] : selected.filter((s) => !same(s, choice)))}
                  />
                  <label htmlFor={id}>{choice.label}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </Card>
  );
}
