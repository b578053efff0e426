"use client";
// The pieces the per-currency row tables of the offer form share (the offer's currencies, and the
// budget of its limits): the currency code cell, the list of codes it suggests and the messages under
// a cell or under the table, read from the form's errors at a react-hook-form path.
import { useFormContext } from "react-hook-form";
import { errorAt } from "@/components/offers/form-errors";
import { inputClass } from "@/components/ui/field";

const COMMON_CURRENCIES = ["EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CZK", "JPY", "CNY", "AUD", "CAD", "KWD"];

/** The message at `path`; `under="cell"` sits below an input, `under="table"` below the whole table. */
export function RowError({ path, under = "cell" }: { path: string; under?: "cell" | "table" }) {
  const { formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  if (!error) return null;
  return (
    <p role="alert" className={`${under === "cell" ? "mt-1 " : ""}text-xs font-medium text-rose-600`}>
      {error}
    </p>
  );
}

/** An ISO 4217 code typed in upper case, with the common codes offered from the datalist `listId`. */
export function CurrencyCodeCell({ name, label, listId, disabled }: { name: string; label: string; listId: string; disabled: boolean }) {
  const { register } = useFormContext();
  return (
    <td className="py-1 pr-2">
      <input
        list={listId}
        aria-label={label}
        className={`${inputClass} w-28 uppercase`}
        disabled={disabled}
        {...register(name, { setValueAs: (v: string) => (typeof v === "string" ? v.trim().toUpperCase() : v) })}
      />
      <RowError path={name} />
    </td>
  );
}

export function CurrencyCodeList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {COMMON_CURRENCIES.map((c) => (
        <option key={c} value={c} />
      ))}
    </datalist>
  );
}
