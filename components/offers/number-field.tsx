"use client";
// A labelled number input of the offer forms, registered with react-hook-form: an empty box is "not
// set" (undefined), never NaN or 0, so the zod schema decides what is required.
import { useFormContext } from "react-hook-form";
import { errorAt } from "@/components/offers/form-errors";
import { Field, Input } from "@/components/ui/field";

export const numberInput = { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)) };

export function NumberField({
  name,
  label,
  hint,
  disabled,
  step = "any",
  min,
  placeholder,
}: {
  name: string;
  label: string;
  hint?: string;
  disabled: boolean;
  /** "1" for whole numbers (quantities, counts); "any" for amounts. */
  step?: string;
  min?: string;
  placeholder?: string;
}) {
  const { register, formState } = useFormContext();
  const id = `f-${name.replace(/\W/g, "-")}`;
  const error = errorAt(formState.errors, name);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type="number"
        step={step}
        min={min}
        placeholder={placeholder}
        inputMode={step === "1" ? "numeric" : "decimal"}
        disabled={disabled}
        invalid={Boolean(error)}
        {...register(name, numberInput)}
      />
    </Field>
  );
}
