"use client";
// Create or edit a customer; the lifetime total is entered in major units of the main currency.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { createCustomerAction, updateCustomerAction } from "@/app/(console)/catalog/actions";
import { applyFieldErrors, emptyToNull, firstMessage } from "@/components/catalog/form-errors";
import { VersionConflict } from "@/components/catalog/version-conflict";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import type { CustomerView } from "@/lib/catalog/customers/customer-view";
import { CustomerInput } from "@/lib/catalog/schemas";
import { MAIN_CURRENCY } from "@/lib/money/currency";

type FormValues = z.input<typeof CustomerInput>;

export function CustomerForm({ customer }: { customer?: CustomerView }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<FormValues>({
    resolver: zodResolver(CustomerInput),
    defaultValues: {
      id: customer?.id ?? "",
      name: customer?.name ?? "",
      email: customer?.email ?? null,
      segments: customer?.segments ?? [],
      rewardPoints: customer?.rewardPoints ?? 0,
      lifetimePurchaseTotal: customer?.lifetimePurchaseTotal ?? 0,
    },
  });
  const segments = useFieldArray({ control: form.control, name: "segments" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { id, ...rest } = values;
    const result = customer
      ? await updateCustomerAction(customer.id, { ...rest, version: customer.version })
      : await createCustomerAction(values);
    setConflict(!result.ok && result.code === "version_mismatch");
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.code === "version_mismatch" ? null : result.message);
      return;
    }
    router.push(`/catalog/customers?q=${encodeURIComponent(id)}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={customer ? `Edit customer ${customer.id}` : "New customer"} className="space-y-5">
      {conflict ? <VersionConflict what="customer" /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="customer-id"
          label="Customer id"
          hint={customer ? "The id cannot change." : "Letters, digits, . _ : -"}
          error={errors.id?.message}
        >
          <Input id="customer-id" readOnly={Boolean(customer)} invalid={Boolean(errors.id)} {...form.register("id")} />
        </Field>
        <Field id="customer-name" label="Name" error={errors.name?.message}>
          <Input id="customer-name" invalid={Boolean(errors.name)} {...form.register("name")} />
        </Field>
        <Field id="customer-email" label="Email" hint="Optional" error={errors.email?.message}>
          <Input
            id="customer-email"
            type="email"
            invalid={Boolean(errors.email)}
            {...form.register("email", { setValueAs: emptyToNull })}
          />
        </Field>
        <Field id="customer-points" label="Reward points" error={errors.rewardPoints?.message}>
          <Input
            id="customer-points"
            type="number"
            min={0}
            step={1}
            invalid={Boolean(errors.rewardPoints)}
            {...form.register("rewardPoints", { valueAsNumber: true })}
          />
        </Field>
        <Field id="customer-lifetime" label={`Lifetime purchases (${MAIN_CURRENCY})`} error={errors.lifetimePurchaseTotal?.message}>
          <Input
            id="customer-lifetime"
            type="number"
            min={0}
            step="any"
            invalid={Boolean(errors.lifetimePurchaseTotal)}
            {...form.register("lifetimePurchaseTotal", { valueAsNumber: true })}
          />
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Segments</legend>
        {segments.fields.map((field, i) => (
          <div key={field.id} className="flex flex-wrap items-start gap-2">
            <div className="w-48">
              <Input
                id={`segment-${i}-key`}
                aria-label={`Segment ${i + 1} key`}
                placeholder="key, e.g. type"
                invalid={Boolean(errors.segments?.[i]?.key)}
                {...form.register(`segments.${i}.key`)}
              />
            </div>
            <div className="w-64">
              <Input
                id={`segment-${i}-value`}
                aria-label={`Segment ${i + 1} value`}
                placeholder="value, e.g. gold member"
                invalid={Boolean(errors.segments?.[i]?.value)}
                {...form.register(`segments.${i}.value`)}
              />
            </div>
            <Button variant="ghost" onClick={() => segments.remove(i)} aria-label={`Remove segment ${i + 1}`}>
              Remove
            </Button>
            {errors.segments?.[i] ? (
              <p role="alert" className="w-full text-xs font-medium text-rose-600">
                {firstMessage(errors.segments[i])}
              </p>
            ) : null}
          </div>
        ))}
        {errors.segments?.message || errors.segments?.root?.message ? (
          <p role="alert" className="text-xs font-medium text-rose-600">
            {errors.segments.message ?? errors.segments.root?.message}
          </p>
        ) : null}
        <Button variant="secondary" onClick={() => segments.append({ key: "", value: "" })}>
          Add segment
        </Button>
      </fieldset>

      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : customer ? "Save customer" : "Create customer"}
        </Button>
        <ButtonLink href="/catalog/customers" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
