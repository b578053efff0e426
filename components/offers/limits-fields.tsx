"use client";
// The "Limits" section of the coupon, automatic promotion and POS campaign forms (contract §7): total
// redemptions, uses per customer, a budget per currency in major units, and the window they restart in.
// The values are the REST body's `limits` as is, so the form's resolver runs the API's Limits schema;
// a coupon's old "redemption limit" (maxRedemptions) is this section's total redemptions.
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { NumberField, numberInput } from "@/components/offers/number-field";
import { CurrencyCodeCell, CurrencyCodeList, RowError } from "@/components/offers/currency-rows";
import { errorAt } from "@/components/offers/form-errors";
import { Button } from "@/components/ui/button";
import { Field, Select, inputClass } from "@/components/ui/field";
import { LIMIT_WINDOWS } from "@/lib/limits/schemas";
import { fitsMinorUnit, formatMinor, toMinor } from "@/lib/money/currency";
import { isKnownCurrency } from "@/lib/pricing";

const WINDOW_LABELS = { "": "No window (the offer's lifetime)", day: "Each day", week: "Each week (from Monday)", month: "Each month" };

/** "5000" EUR → "€5,000.00": what the budget reads as once stored in minor units. */
function budgetInWords(amount: unknown, currency: unknown): string | null {
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount <= 0 || typeof currency !== "string") return null;
  if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency) || !fitsMinorUnit(amount, currency)) return null;
  try {
    return formatMinor(toMinor(amount, currency), currency);
  } catch {
    return null;
  }
}

/** A whole number of orders; empty means no limit. */
function CountField({ name, label, hint, disabled }: { name: string; label: string; hint: string; disabled: boolean }) {
  return <NumberField name={name} label={label} hint={hint} disabled={disabled} step="1" min="1" placeholder="no limit" />;
}

export function LimitsFields({ disabled, zone }: { disabled: boolean; zone: string }) {
  const { control, register, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "limits.budget" });
  const budget = useWatch({ control, name: "limits.budget" }) as { currency?: string; amount?: number }[] | undefined;
  const err = (path: string) => errorAt(formState.errors, path);
  return (
    <div className="space-y-4" data-testid="limits-fields">
      <div className="grid gap-4 md:grid-cols-3">
        <CountField name="limits.redemptions" label="Total redemptions (optional)" hint="Orders that may use it." disabled={disabled} />
        <CountField
          name="limits.perCustomer"
          label="Per customer (optional)"
          hint="Orders without a customer cannot use it then."
          disabled={disabled}
        />
        <Field id="f-limits-window" label="Window" hint={`Limits restart at local midnight in ${zone}.`} error={err("limits.window")}>
          <Select
            id="f-limits-window"
            disabled={disabled}
            {...register("limits.window", { setValueAs: (v: unknown) => (v === "" || v === null ? undefined : v) })}
          >
            <option value="">{WINDOW_LABELS[""]}</option>
            {LIMIT_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {WINDOW_LABELS[w]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="space-y-2">
        <table className="min-w-full text-sm">
          <caption className="mb-1 text-left text-sm font-medium text-slate-700">Budget (total discount given, per currency)</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-1 pr-2 font-medium">Currency</th>
              <th className="py-1 pr-2 font-medium">Amount (major units)</th>
              <th className="sr-only">Actions</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((row, index) => {
              const words = budgetInWords(budget?.[index]?.amount, budget?.[index]?.currency);
              return (
                <tr key={row.id} className="align-top">
                  <CurrencyCodeCell
                    name={`limits.budget.${index}.currency`}
                    label={`Budget ${index + 1} currency`}
                    listId="limit-currency-codes"
                    disabled={disabled}
                  />
                  <td className="py-1 pr-2">
                    <input
                      type="number"
                      step="any"
                      aria-label={`Budget ${index + 1} amount`}
                      className={`${inputClass} w-40`}
                      disabled={disabled}
                      {...register(`limits.budget.${index}.amount`, numberInput)}
                    />
                    <RowError path={`limits.budget.${index}.amount`} />
                    {words ? <p className="mt-1 text-xs text-slate-500">{words}</p> : null}
                  </td>
                  <td className="py-1">
                    {disabled ? null : (
                      <Button variant="ghost" onClick={() => remove(index)} aria-label={`Remove budget ${index + 1}`}>
                        Remove
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <CurrencyCodeList id="limit-currency-codes" />
        {fields.length === 0 ? <p className="text-sm text-slate-500">No budget: the discount given is not capped.</p> : null}
        <RowError path="limits.budget" under="table" />
        {disabled ? null : (
          <Button variant="secondary" onClick={() => append({ currency: "EUR" })}>
            + Budget currency
          </Button>
        )}
      </div>
    </div>
  );
}
