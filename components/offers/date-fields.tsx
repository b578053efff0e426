"use client";
// Validity dates with the time-zone rule spelled out: either a wall-clock time read in each store's
// zone ("09:00 in each store's local time"), or an absolute instant with an explicit offset.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { errorAt } from "@/components/offers/form-errors";
import { inputClass } from "@/components/ui/field";
import { formatOffset, offerDateInstant, parseOfferDate } from "@/lib/offers/dates";
import { formatInstantInZone } from "@/lib/pricing/time";

const OFFSETS = [
  "Z",
  ...Array.from({ length: (14 + 12) * 4 + 1 }, (_, i) => i * 15 - 12 * 60)
    .filter((m) => m !== 0 && (m % 30 === 0 || [345, 525, 765, -570].includes(m)))
    .map(formatOffset),
];

function split(value: string | null | undefined): { local: string; offset: string | null } {
  if (!value) return { local: "", offset: null };
  const parsed = parseOfferDate(value);
  if (!parsed) return { local: value.slice(0, 19), offset: value.length > 19 ? value.slice(19) : null };
  return { local: parsed.naive, offset: parsed.offset };
}

function join(local: string, offset: string | null, localized: boolean): string {
  if (!local) return "";
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return localized ? withSeconds : `${withSeconds}${offset ?? "Z"}`;
}

function ruleInWords(value: string | null | undefined, localized: boolean, tenantZone: string): string {
  const { local, offset } = split(value);
  if (!local) return localized ? "Read in each store's local time." : "An absolute instant.";
  const time = local.slice(11, 16);
  if (localized) return `${time} in each store's local time (stores without a time zone use ${tenantZone}).`;
  try {
    const instant = offerDateInstant(join(local, offset, false), tenantZone);
    const utc = instant.toISOString().slice(11, 16);
    return `An absolute instant, with offset ${offset === "Z" ? "Z (UTC)" : offset}: ${utc} UTC, ${formatInstantInZone(instant.getTime(), tenantZone)}, the same moment in every store.`;
  } catch {
    return "An absolute instant.";
  }
}

function DateInput({
  name,
  label,
  optional,
  tenantZone,
  defaultOffset,
  disabled,
}: {
  name: "validFrom" | "validTo";
  label: string;
  optional: boolean;
  tenantZone: string;
  defaultOffset: string;
  disabled: boolean;
}) {
  const { control, formState } = useFormContext();
  const localized: boolean = useWatch({ name: "localizedTimezone" }) ?? false;
  const error = errorAt(formState.errors, name);
  const id = `f-${name}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const { local, offset } = split(field.value);
        const update = (nextLocal: string, nextOffset: string | null) =>
          field.onChange(nextLocal ? join(nextLocal, nextOffset ?? defaultOffset, localized) : optional ? null : "");
        return (
          <div className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-700">
              {label}
            </label>
            <div className="flex gap-2">
              <input
                id={id}
                type="datetime-local"
                step={1}
                className={inputClass}
                disabled={disabled}
                aria-invalid={Boolean(error) || undefined}
                value={local}
                onChange={(e) => update(e.target.value, offset)}
              />
              {localized ? null : (
                <select
                  aria-label={`${label} offset`}
                  className={`${inputClass} w-28`}
                  disabled={disabled || !local}
                  value={offset ?? defaultOffset}
                  onChange={(e) => update(local, e.target.value)}
                >
                  {offset && !OFFSETS.includes(offset) ? <option value={offset}>{offset}</option> : null}
                  {OFFSETS.map((o) => (
                    <option key={o} value={o}>
                      {o === "Z" ? "UTC (Z)" : o}
                    </option>
                  ))}
                </select>
              )}
              {optional && local && !disabled ? (
                <button type="button" className="text-sm text-slate-600 hover:text-rose-600" onClick={() => field.onChange(null)}>
                  Clear
                </button>
              ) : null}
            </div>
            <p className="text-xs text-slate-500">
              {optional && !local ? "No end date: valid until switched off." : ruleInWords(field.value, localized, tenantZone)}
            </p>
            {error ? (
              <p role="alert" className="text-xs font-medium text-rose-600">
                {error}
              </p>
            ) : null}
          </div>
        );
      }}
    />
  );
}

export function DateFields({ tenantZone, defaultOffset, disabled }: { tenantZone: string; defaultOffset: string; disabled: boolean }) {
  const { setValue, getValues } = useFormContext();
  const localized: boolean = useWatch({ name: "localizedTimezone" }) ?? false;
  const choose = (next: boolean) => {
    if (next === localized) return;
    // Keep the wall-clock time the user typed; only its reading changes (add or drop the offset).
    for (const name of ["validFrom", "validTo"] as const) {
      const { local } = split(getValues(name));
      if (local) setValue(name, join(local, defaultOffset, next), { shouldDirty: true });
    }
    setValue("localizedTimezone", next, { shouldDirty: true });
  };
  return (
    <div className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">How to read the times</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="tz-rule" disabled={disabled} checked={localized} onChange={() => choose(true)} />
          Store local time (09:00 means 09:00 in every store)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="tz-rule" disabled={disabled} checked={!localized} onChange={() => choose(false)} />
          Absolute instant with an offset (the same moment everywhere)
        </label>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <DateInput
          name="validFrom"
          label="Valid from"
          optional={false}
          tenantZone={tenantZone}
          defaultOffset={defaultOffset}
          disabled={disabled}
        />
        <DateInput name="validTo" label="Valid to" optional tenantZone={tenantZone} defaultOffset={defaultOffset} disabled={disabled} />
      </div>
    </div>
  );
}
