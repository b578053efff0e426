"use client";
// The stacking threshold, validated by the same schema as PUT /api/v1/conflicts/settings.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveConflictSettingsAction } from "@/app/(console)/conflicts/actions";
import { applyFieldErrors } from "@/components/catalog/form-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { ConflictSettingsInput } from "@/lib/conflicts/schemas";

export function ConflictSettingsForm({ stackingThresholdPercent }: { stackingThresholdPercent: number }) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<ConflictSettingsInput>({
    resolver: zodResolver(ConflictSettingsInput),
    defaultValues: { stackingThresholdPercent },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await saveConflictSettingsAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setStatus(result.message);
      return;
    }
    setStatus(`Saved: stacking above ${result.data.stackingThresholdPercent} % of a cart is a finding.`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Analyzer settings" className="flex flex-wrap items-end gap-3">
      <Field
        id="stacking-threshold"
        label="Stacking threshold (%)"
        hint="Worst-case stacking is flagged above this share of a cart (1–100)."
        error={errors.stackingThresholdPercent?.message}
      >
        <Input
          id="stacking-threshold"
          type="number"
          min={1}
          max={100}
          step={1}
          invalid={Boolean(errors.stackingThresholdPercent)}
          {...form.register("stackingThresholdPercent", { valueAsNumber: true })}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save threshold"}
      </Button>
      <p role="status" className="text-sm text-slate-600">
        {status}
      </p>
    </form>
  );
}
