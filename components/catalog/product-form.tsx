"use client";
// Create or edit a product with the API's own schema; prices are entered in major units.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { createProductAction, updateProductAction } from "@/app/(console)/catalog/actions";
import { applyFieldErrors, firstMessage } from "@/components/catalog/form-errors";
import { KeyValueInput, StringListInput } from "@/components/catalog/list-inputs";
import { VersionConflict } from "@/components/catalog/version-conflict";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import type { ProductView } from "@/lib/catalog/products/product-view";
import { ProductInput } from "@/lib/catalog/schemas";

type FormValues = z.input<typeof ProductInput>;

export function ProductForm({ product }: { product?: ProductView }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<FormValues>({
    resolver: zodResolver(ProductInput),
    defaultValues: product
      ? { id: product.id, name: product.name, prices: product.prices, categories: product.categories, attributes: product.attributes }
      : { id: "", name: "", prices: [{ currency: "EUR", amount: 0 }], categories: [], attributes: {} },
  });
  const prices = useFieldArray({ control: form.control, name: "prices" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { id, ...rest } = values;
    const result = product
      ? await updateProductAction(product.id, { ...rest, version: product.version })
      : await createProductAction(values);
    setConflict(!result.ok && result.code === "version_mismatch");
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.code === "version_mismatch" ? null : result.message);
      return;
    }
    router.push(`/catalog/products?q=${encodeURIComponent(id)}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={product ? `Edit product ${product.id}` : "New product"} className="space-y-5">
      {conflict ? <VersionConflict what="product" /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="product-id"
          label="SKU"
          hint={product ? "The SKU cannot change." : "Letters, digits, . _ : -"}
          error={errors.id?.message}
        >
          <Input id="product-id" readOnly={Boolean(product)} invalid={Boolean(errors.id)} {...form.register("id")} />
        </Field>
        <Field id="product-name" label="Name" error={errors.name?.message}>
          <Input id="product-name" invalid={Boolean(errors.name)} {...form.register("name")} />
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Prices (major units, e.g. 19.99)</legend>
        {prices.fields.map((field, i) => (
          <div key={field.id} className="flex flex-wrap items-start gap-2">
            <div className="w-28">
              <Input
                id={`price-${i}-currency`}
                aria-label={`Price ${i + 1} currency`}
                maxLength={3}
                invalid={Boolean(errors.prices?.[i]?.currency)}
                {...form.register(`prices.${i}.currency`, { setValueAs: (v: string) => v.trim().toUpperCase() })}
              />
            </div>
            <div className="w-40">
              <Input
                id={`price-${i}-amount`}
                aria-label={`Price ${i + 1} amount`}
                type="number"
                step="any"
                min={0}
                invalid={Boolean(errors.prices?.[i]?.amount)}
                {...form.register(`prices.${i}.amount`, { valueAsNumber: true })}
              />
            </div>
            <Button variant="ghost" onClick={() => prices.remove(i)} aria-label={`Remove price ${i + 1}`}>
              Remove
            </Button>
            {errors.prices?.[i] ? (
              <p role="alert" className="w-full text-xs font-medium text-rose-600">
                {firstMessage(errors.prices[i])}
              </p>
            ) : null}
          </div>
        ))}
        {errors.prices?.message || errors.prices?.root?.message ? (
          <p role="alert" className="text-xs font-medium text-rose-600">
            {errors.prices.message ?? errors.prices.root?.message}
          </p>
        ) : null}
        <Button variant="secondary" onClick={() => prices.append({ currency: "", amount: 0 })}>
          Add price
        </Button>
      </fieldset>

      <Field
        id="product-categories"
        label="Categories"
        hint="Comma-separated, e.g. shoes, new-arrivals"
        error={firstMessage(errors.categories)}
      >
        <Controller
          control={form.control}
          name="categories"
          render={({ field }) => (
            <StringListInput
              id="product-categories"
              value={field.value ?? []}
              onChange={field.onChange}
              invalid={Boolean(errors.categories)}
            />
          )}
        />
      </Field>
      <Field id="product-attributes" label="Attributes" error={firstMessage(errors.attributes)}>
        <Controller
          control={form.control}
          name="attributes"
          render={({ field }) => (
            <KeyValueInput
              id="product-attributes"
              value={field.value ?? {}}
              onChange={field.onChange}
              invalid={Boolean(errors.attributes)}
            />
          )}
        />
      </Field>

      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : product ? "Save product" : "Create product"}
        </Button>
        <ButtonLink href="/catalog/products" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
