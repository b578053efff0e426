"use client";
// The customers a coupon is restricted to: searched in the catalog as the marketer types, and an id the
// catalog does not know is kept but flagged, because nobody could use the coupon under it.
import { useEffect, useState, useTransition } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { findCustomersAction, searchCustomersAction } from "@/app/(console)/offers/picker-actions";
import { PickerWarning } from "@/components/offers/audience-pickers";
import { collectMessages } from "@/components/offers/form-errors";
import { Chip } from "@/components/offers/product-filter-field";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CustomerOption } from "@/lib/offers/pickers/search-customers";

export function ConsumerPicker({ disabled }: { disabled: boolean }) {
  const { setValue, formState } = useFormContext();
  const selected: string[] = useWatch({ name: "consumers" }) ?? [];
  const [q, setQ] = useState("");
  const [results, setResults] = useState<CustomerOption[]>([]);
  const [names, setNames] = useState<Record<string, string | null>>({});
  const [pending, startTransition] = useTransition();
  const messages = collectMessages(formState.errors.consumers);
  const update = (next: string[]) => setValue("consumers", next, { shouldDirty: true, shouldValidate: true });

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const timer = setTimeout(
      () =>
        startTransition(async () => {
          const result = await searchCustomersAction(text);
          setResults(result.ok ? result.data : []);
        }),
      250,
    );
    return () => clearTimeout(timer);
  }, [q]);

  const unchecked = selected.filter((id) => !(id in names));
  useEffect(() => {
    if (unchecked.length === 0) return;
    let cancelled = false;
    findCustomersAction(unchecked).then((result) => {
      if (cancelled || !result.ok) return;
      const found = new Map(result.data.map((c) => [c.id, c.name]));
      setNames((before) => ({ ...before, ...Object.fromEntries(unchecked.map((id) => [id, found.get(id) ?? null])) }));
    });
    return () => {
      cancelled = true;
    };
  }, [unchecked.join("\u0000")]); // eslint-disable-line react-hooks/exhaustive-deps

  const add = (id: string, name: string | null) => {
    if (!selected.includes(id)) update([...selected, id]);
    setNames((before) => ({ ...before, [id]: name }));
    setQ("");
  };
  const typed = q.trim();
  const shown = typed ? results.filter((c) => !selected.includes(c.id)).slice(0, 8) : [];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Customers</legend>
      <p className="text-xs text-slate-500">
        {selected.length === 0
          ? "None chosen: every customer may use the codes."
          : `Only these ${selected.length} customer(s) may use the codes.`}
      </p>
      {selected.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen customers">
          {selected.map((id) => (
            <li key={id}>
              <Chip
                label={names[id] ? `${id} · ${names[id]}` : id}
                disabled={disabled}
                onRemove={() => update(selected.filter((x) => x !== id))}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {disabled ? null : (
        <>
          <input
            aria-label="Find a customer"
            placeholder="Search customers by id, name or email"
            className={inputClass}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          {typed ? (
            <ul
              className="max-h-48 overflow-auto rounded-md border border-slate-200 bg-white text-sm"
              aria-label="Matching customers"
              aria-busy={pending}
            >
              {shown.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-2 px-2 py-1">
                  <span>
                    <code>{c.id}</code> {c.name}
                  </span>
                  <Button variant="ghost" className="px-2 py-0.5" aria-label={`Add customer ${c.id}`} onClick={() => add(c.id, c.name)}>
                    Add
                  </Button>
                </li>
              ))}
              {!pending && shown.length === 0 ? <li className="px-2 py-1 text-slate-500">No customer matches “{typed}”.</li> : null}
            </ul>
          ) : null}
        </>
      )}
      {selected
        .filter((id) => names[id] === null)
        .map((id) => (
          <PickerWarning key={id}>“{id}” is not a customer in the catalog: nobody could use the coupon under that id.</PickerWarning>
        ))}
      {messages.length ? (
        <p role="alert" className="text-xs font-medium text-rose-600">
          {messages.join(" · ")}
        </p>
      ) : null}
    </fieldset>
  );
}
