"use client";
// The offer's currencies: the cart currency must be listed; each row may set a minimum cart value and,
// for fixed-amount kinds, its own amount (JPY 800 next to EUR 5).
import { useFieldArray, useFormContext } from "react-hook-form";
import { numberInput } from "@/components/offers/category-fields";
import { errorAt } from "@/components/offers/form-errors";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

const COMMON = ["EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CZK", "JPY", "CNY", "AUD", "CAD", "KWD"];

export function CurrencyTable({ fixed, disabled }: { fixed: boolean; disabled: boolean }) {
  const { control, register, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "currencies" });
  const tableError = errorAt(formState.errors, "currencies");
  const cell = (path: string) => {
    const error = errorAt(formState.errors, path);
    return error ? (
      <p role="alert" className="mt-1 text-xs font-medium text-rose-600">
        {error}
      </p>
    ) : null;
  };
  return (
    <div className="space-y-2">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Currencies</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th className="py-1 pr-2 font-medium">Currency</th>
            <th className="py-1 pr-2 font-medium">Minimum cart value</th>
            {fixed ? <th className="py-1 pr-2 font-medium">Amount in this currency</th> : null}
            <th className="sr-only">Actions</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((row, index) => (
            <tr key={row.id} className="align-top">
              <td className="py-1 pr-2">
                <input
                  list="currency-codes"
                  aria-label={`Currency ${index + 1} code`}
                  className={`${inputClass} w-28 uppercase`}
                  disabled={disabled}
                  {...register(`currencies.${index}.code`, {
                    setValueAs: (v: string) => (typeof v === "string" ? v.trim().toUpperCase() : v),
                  })}
                />
                {cell(`currencies.${index}.code`)}
              </td>
              <td className="py-1 pr-2">
                <input
                  type="number"
                  step="any"
                  aria-label={`Currency ${index + 1} minimum cart value`}
                  placeholder="none"
                  className={`${inputClass} w-40`}
                  disabled={disabled}
                  {...register(`currencies.${index}.minimumCartValue`, numberInput)}
                />
                {cell(`currencies.${index}.minimumCartValue`)}
              </td>
              {fixed ? (
                <td className="py-1 pr-2">
                  <input
                    type="number"
                    step="any"
                    aria-label={`Currency ${index + 1} amount`}
                    placeholder="use the amount above"
                    className={`${inputClass} w-48`}
                    disabled={disabled}
                    {...register(`currencies.${index}.amount`, numberInput)}
                  />
                  {cell(`currencies.${index}.amount`)}
                </td>
              ) : null}
              <td className="py-1">
                {disabled || fields.length <= 1 ? null : (
                  <Button variant="ghost" onClick={() => remove(index)} aria-label={`Remove currency ${index + 1}`}>
                    Remove
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <datalist id="currency-codes">
        {COMMON.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {tableError ? (
        <p role="alert" className="text-xs font-medium text-rose-600">
          {tableError}
        </p>
      ) : null}
      {disabled ? null : (
        <Button variant="secondary" onClick={() => append({ code: "" })}>
          + Currency
        </Button>
      )}
    </div>
  );
}
