"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createStoreGroupAction, updateStoreGroupAction } from "@/app/(console)/catalog/actions";
import { applyFieldErrors } from "@/components/catalog/form-errors";
import { VersionConflict } from "@/components/catalog/version-conflict";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { StoreGroupInput } from "@/lib/catalog/schemas";
import type { StoreGroupView } from "@/lib/catalog/store-groups/store-group-view";

type FormValues = z.input<typeof StoreGroupInput>;

export function StoreGroupForm({ group }: { group?: StoreGroupView }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<FormValues>({
    resolver: zodResolver(StoreGroupInput),
    defaultValues: { id: group?.id ?? "", name: group?.name ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = group
      ? await updateStoreGroupAction(group.id, { name: values.name, version: group.version })
      : await createStoreGroupAction(values);
    setConflict(!result.ok && result.code === "version_mismatch");
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.code === "version_mismatch" ? null : result.message);
      return;
    }
    router.push("/catalog/store-groups");
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={group ? `Edit store group ${group.id}` : "New store group"}
      className="grid gap-4 md:grid-cols-2"
    >
      {conflict ? <VersionConflict what="store group" /> : null}
      {error ? (
        <div className="md:col-span-2">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
      <Field id="group-id" label="Group id" hint={group ? "The id cannot change." : "Letters, digits, . _ : -"} error={errors.id?.message}>
        <Input id="group-id" readOnly={Boolean(group)} invalid={Boolean(errors.id)} {...form.register("id")} />
      </Field>
      <Field id="group-name" label="Name" error={errors.name?.message}>
        <Input id="group-name" invalid={Boolean(errors.name)} {...form.register("name")} />
      </Field>
      <div className="flex gap-2 md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : group ? "Save store group" : "Create store group"}
        </Button>
        <ButtonLink href="/catalog/store-groups" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
