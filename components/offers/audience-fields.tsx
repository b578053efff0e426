"use client";
// Where and for whom an offer applies: stores (from the catalog), channels, segment, and for coupons
// the consumers, single use and the redemption cap.
import { useState } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { ChannelPicker, SegmentPicker } from "@/components/offers/audience-pickers";
import { ConsumerPicker } from "@/components/offers/consumer-picker";
import { collectMessages } from "@/components/offers/form-errors";
import { inputClass } from "@/components/ui/field";
import type { SegmentOption } from "@/lib/offers/pickers/list-audience-options";
import type { StoreOption } from "@/lib/offers/pickers/list-store-options";

export function parseIdList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

export function StorePicker({ stores, tenantZone, disabled }: { stores: StoreOption[]; tenantZone: string; disabled: boolean }) {
  const { control, formState } = useFormContext();
  const [filter, setFilter] = useState("");
  const messages = collectMessages(formState.errors.stores);
  return (
    <Controller
      control={control}
      name="stores"
      render={({ field }) => {
        const selected: string[] = field.value ?? [];
        const shown = stores.filter((s) => !filter || `${s.id} ${s.name}`.toLowerCase().includes(filter.toLowerCase()));
        const toggle = (id: string, on: boolean) => field.onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
        return (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-700">Stores</legend>
            <p className="text-xs text-slate-500">
              {selected.length === 0 ? "No store ticked: the offer runs in every store." : `${selected.length} selected.`}
            </p>
            {stores.length > 8 ? (
              <input
                aria-label="Filter stores"
                placeholder="Filter stores"
                className={inputClass}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            ) : null}
            <div className="grid max-h-56 gap-1 overflow-auto sm:grid-cols-2">
              {shown.map((s) => (
                <label key={s.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    disabled={disabled}
                    checked={selected.includes(s.id)}
                    onChange={(e) => toggle(s.id, e.target.checked)}
                  />
                  {s.name} <span className="text-xs text-slate-500">{s.timeZone ?? `${tenantZone} (tenant)`}</span>
                </label>
              ))}
              {stores.length === 0 ? <p className="text-sm text-slate-500">The catalog has no stores yet.</p> : null}
            </div>
            {selected
              .filter((id) => !stores.some((s) => s.id === id))
              .map((id) => (
                <p key={id} className="text-xs text-amber-700">
                  Unknown store {id}
                </p>
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

export function AudienceFields({ coupon, segments, disabled }: { coupon: boolean; segments: SegmentOption[]; disabled: boolean }) {
  const { register } = useFormContext();
  return (
    <div className="space-y-4">
      <ChannelPicker disabled={disabled} />
      <SegmentPicker known={segments} disabled={disabled} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" disabled={disabled} {...register("exclusive")} />
        Exclusive (never combined with other offers of its family; the better deal wins)
      </label>
      {coupon ? (
        <>
          <ConsumerPicker disabled={disabled} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" disabled={disabled} {...register("singleUse")} />
            Single use: each code can be redeemed once
          </label>
        </>
      ) : null}
    </div>
  );
}
