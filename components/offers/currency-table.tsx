"use client";
// The offer's currencies: the cart currency must be listed; each row may set a minimum cart value and,
// for fixed-amount kinds, its own amount (JPY 800 next to EUR 5).
import { useFieldArray, useFormContext } from "react-hook-form";
import { numberInput } from "@/components/offers/number-field";
import { CurrencyCodeCell, CurrencyCodeList, RowError } from "@/components/offers/currency-rows";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function CurrencyTable({ fixed, disabled }: { fixed: boolean; disabled: boolean }) {
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "currencies" });
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
              <CurrencyCodeCell
                name={`currencies.${index}.code`}
                label={`Currency ${index + 1} code`}
                listId="currency-codes"
                disabled={disabled}
              />
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
                <RowError path={`currencies.${index}.minimumCartValue`} />
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
                  <RowError path={`currencies.${index}.amount`} />
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
      <CurrencyCodeList id="currency-codes" />
      <RowError path="currencies" under="table" />
      {disabled ? null : (
        <Button variant="secondary" onClick={() => append({ code: "" })}>
          + Currency
        </Button>
      )}
    </div>
  );
}
