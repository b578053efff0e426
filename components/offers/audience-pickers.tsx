"use client";
// Pickers for the values the engine matches exactly (channels, shipping methods, segments; customers in
// consumer-picker.tsx):
// the marketer picks from what the tenant has, and anything else is kept but flagged beside the field,
// because a typo there silently stops the offer from ever applying.
import { useId, useState } from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { collectMessages, errorAt } from "@/components/offers/form-errors";
import { Chip } from "@/components/offers/product-filter-field";
import { Button } from "@/components/ui/button";
import { Field, Input, inputClass } from "@/components/ui/field";
import { KNOWN_CHANNELS } from "@/lib/offers/channels";
import type { SegmentOption } from "@/lib/offers/pickers/list-audience-options";

export function PickerWarning({ children }: { children: React.ReactNode }) {
  return (
    <p className="text-xs font-medium text-amber-800" data-testid="picker-warning">
      ⚠ {children}
    </p>
  );
}

/** "standard" when the known list has "Standard": the engine would not match them. */
function nearMatch(value: string, known: readonly string[]): string | undefined {
  return known.find((k) => k !== value && k.toLowerCase() === value.trim().toLowerCase());
}

export function ChannelPicker({ disabled }: { disabled: boolean }) {
  const { control, formState } = useFormContext();
  const messages = collectMessages(formState.errors.channels);
  return (
    <Controller
      control={control}
      name="channels"
      render={({ field }) => {
        const selected: string[] = field.value ?? [];
        const unknown = selected.filter((c) => !KNOWN_CHANNELS.some((k) => k.id === c));
        const toggle = (id: string, on: boolean) => field.onChange(on ? [...selected, id] : selected.filter((c) => c !== id));
        return (
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-slate-700">Channels</legend>
            <p className="text-xs text-slate-500">
              {selected.length === 0 ? "None ticked: the offer applies on every channel." : `Only carts from the ticked channels.`}
            </p>
            <div className="flex flex-wrap gap-x-5 gap-y-1">
              {KNOWN_CHANNELS.map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    disabled={disabled}
                    checked={selected.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  {c.label}
                </label>
              ))}
              {unknown.map((c) => (
                <label key={c} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" disabled={disabled} checked onChange={() => toggle(c, false)} />
                  <code>{c}</code>
                </label>
              ))}
            </div>
            {unknown.map((c) => (
              <PickerWarning key={c}>
                “{c}” is not a channel any cart sends ({KNOWN_CHANNELS.map((k) => k.id).join(", ")}), so the offer never applies there.
                Untick it.
              </PickerWarning>
            ))}
            {messages.length ? (
              <p role="alert" className="text-xs font-medium text-rose-600">
                {messages.join(" · ")}
              </p>
            ) : null}
          </fieldset>
        );
      }}
    />
  );
}

/** Shipping methods of a free-shipping offer: chosen from the methods the tenant's offers use, or typed. */
export function ShippingMethodPicker({ known, disabled }: { known: string[]; disabled: boolean }) {
  const { setValue } = useFormContext();
  const selected: string[] = useWatch({ name: "category.shippingOptions" }) ?? [];
  const [typed, setTyped] = useState("");
  const listId = useId();
  const update = (next: string[]) =>
    setValue("category.shippingOptions", next.length ? next : undefined, { shouldDirty: true, shouldValidate: true });
  const add = () => {
    const value = typed.trim();
    if (value && !selected.includes(value)) update([...selected, value]);
    setTyped("");
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Shipping methods</legend>
      <p className="text-xs text-slate-500">
        {selected.length === 0
          ? "None chosen: free shipping with every method."
          : "Free shipping only with these methods (matched exactly, capitals included)."}
      </p>
      {selected.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen shipping methods">
          {selected.map((m) => (
            <li key={m}>
              <Chip label={m} disabled={disabled} onRemove={() => update(selected.filter((x) => x !== m))} />
            </li>
          ))}
        </ul>
      ) : null}
      {disabled ? null : (
        <div className="flex gap-2">
          <input
            aria-label="Shipping method to add"
            list={listId}
            className={inputClass}
            value={typed}
            placeholder={known.length ? `e.g. ${known.slice(0, 2).join(", ")}` : "the method's name as carts send it"}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
          <datalist id={listId}>
            {known
              .filter((m) => !selected.includes(m))
              .map((m) => (
                <option key={m} value={m} />
              ))}
          </datalist>
          <Button variant="secondary" onClick={add}>
            Add method
          </Button>
        </div>
      )}
      {selected
        .filter((m) => !known.includes(m))
        .map((m) => {
          const near = nearMatch(m, known);
          return (
            <PickerWarning key={m}>
              {near
                ? `“${m}” is not “${near}”: carts that send “${near}” will not get free shipping.`
                : `No offer of yours uses the method “${m}” yet: check it is spelled exactly as your shop sends it.`}
            </PickerWarning>
          );
        })}
    </fieldset>
  );
}

export function SegmentPicker({ known, disabled }: { known: SegmentOption[]; disabled: boolean }) {
  const { control, formState } = useFormContext();
  return (
    <Controller
      control={control}
      name="segment"
      render={({ field }) => {
        const segment: { key?: string; value?: string; schema?: number } | null = field.value ?? null;
        const matches = segment?.key && segment.value ? known.find((s) => s.key === segment.key && s.value === segment.value) : undefined;
        const typedOwn = Boolean(segment && !matches);
        // Options carry the known segment's position: any separator inside a key or value would be ambiguous.
        const choice = typedOwn ? "other" : matches ? String(known.indexOf(matches)) : "";
        const set = (patch: { key?: string; value?: string }) => {
          const next = { ...(segment ?? {}), ...patch };
          field.onChange(next.key || next.value ? next : null);
        };
        const near =
          segment?.key && segment.value && !matches
            ? known.find(
                (s) =>
                  s.key.toLowerCase() === segment.key!.trim().toLowerCase() &&
                  s.value.toLowerCase() === segment.value!.trim().toLowerCase(),
              )
            : undefined;
        return (
          <div className="space-y-2">
            <Field
              id="f-segment"
              label="Customer segment"
              hint="Only customers in this segment (the cart's customer or the segments it sends)."
            >
              <select
                id="f-segment"
                className={inputClass}
                disabled={disabled}
                value={choice}
                onChange={(e) => {
                  if (e.target.value === "") field.onChange(null);
                  else if (e.target.value === "other") field.onChange({ key: segment?.key ?? "", value: "" });
                  else {
                    const picked = known[Number(e.target.value)];
                    field.onChange(picked ? { key: picked.key, value: picked.value } : null);
                  }
                }}
              >
                <option value="">Everyone</option>
                {known.map((s, index) => (
                  <option key={`${s.key}=${s.value}`} value={String(index)}>
                    {s.key} = {s.value}
                  </option>
                ))}
                <option value="other">Another segment…</option>
              </select>
            </Field>
            {typedOwn ? (
              <div className="grid gap-3 md:grid-cols-2">
                <Field id="f-segment-key" label="Segment key" error={errorAt(formState.errors, "segment.key")}>
                  <Input
                    id="f-segment-key"
                    disabled={disabled}
                    value={segment?.key ?? ""}
                    onChange={(e) => set({ key: e.target.value })}
                    placeholder="type"
                  />
                </Field>
                <Field id="f-segment-value" label="Segment value" error={errorAt(formState.errors, "segment.value")}>
                  <Input
                    id="f-segment-value"
                    disabled={disabled}
                    value={segment?.value ?? ""}
                    onChange={(e) => set({ value: e.target.value })}
                    placeholder="gold member"
                  />
                </Field>
              </div>
            ) : null}
            {typedOwn && segment?.key && segment.value ? (
              <PickerWarning>
                {near
                  ? `No customer is in “${segment.key} = ${segment.value}”; did you mean “${near.key} = ${near.value}”?`
                  : `No customer carries “${segment.key} = ${segment.value}” yet: the offer applies only to carts that send this segment.`}
              </PickerWarning>
            ) : null}
          </div>
        );
      }}
    />
  );
}

/** The customers a coupon is restricted to: searched in the catalog; ids that are not customers are flagged. */
