"use client";
// Create or edit a store. An empty time zone means the store follows the tenant's zone.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createStoreAction, updateStoreAction } from "@/app/(console)/catalog/actions";
import { applyFieldErrors, emptyToNull } from "@/components/catalog/form-errors";
import { VersionConflict } from "@/components/catalog/version-conflict";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { StoreInput } from "@/lib/catalog/schemas";
import type { StoreView } from "@/lib/catalog/stores/store-view";

type FormValues = z.input<typeof StoreInput>;

type Props = {
  store?: StoreView;
  groups: { id: string; name: string }[];
  tenantZone: string;
  /** From the server, so server and browser render the same list. */ zones: string[];
};

export function StoreForm({ store, groups, tenantZone, zones }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<FormValues>({
    resolver: zodResolver(StoreInput),
    defaultValues: {
      id: store?.id ?? "",
      name: store?.name ?? "",
      timeZone: store?.timeZone ?? null,
      storeGroupId: store?.storeGroupId ?? null,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { id, ...rest } = values;
    const result = store ? await updateStoreAction(store.id, { ...rest, version: store.version }) : await createStoreAction(values);
    setConflict(!result.ok && result.code === "version_mismatch");
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.code === "version_mismatch" ? null : result.message);
      return;
    }
    router.push(`/catalog/stores?q=${encodeURIComponent(id)}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={store ? `Edit store ${store.id}` : "New store"} className="grid gap-4 md:grid-cols-2">
      {conflict ? <VersionConflict what="store" /> : null}
      {error ? (
        <div className="md:col-span-2">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
      <Field id="store-id" label="Store id" hint={store ? "The id cannot change." : "Letters, digits, . _ : -"} error={errors.id?.message}>
        <Input id="store-id" readOnly={Boolean(store)} invalid={Boolean(errors.id)} {...form.register("id")} />
      </Field>
      <Field id="store-name" label="Name" error={errors.name?.message}>
        <Input id="store-name" invalid={Boolean(errors.name)} {...form.register("name")} />
      </Field>
      <Field
        id="store-zone"
        label="Time zone"
        hint={`IANA name such as Europe/Berlin; leave empty to use the tenant zone (${tenantZone}).`}
        error={errors.timeZone?.message}
      >
        <Input
          id="store-zone"
          list="store-zone-options"
          placeholder={`tenant zone (${tenantZone})`}
          invalid={Boolean(errors.timeZone)}
          {...form.register("timeZone", { setValueAs: emptyToNull })}
        />
      </Field>
      <datalist id="store-zone-options">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field id="store-group" label="Store group" error={errors.storeGroupId?.message}>
        <Select id="store-group" {...form.register("storeGroupId", { setValueAs: emptyToNull })}>
          <option value="">No group</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name} ({g.id})
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2 md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : store ? "Save store" : "Create store"}
        </Button>
        <ButtonLink href="/catalog/stores" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
