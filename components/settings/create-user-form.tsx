"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/(console)/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { USER_ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { CreateUserInput } from "@/lib/users/schemas";

type FormValues = z.input<typeof CreateUserInput>;

export function CreateUserForm() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(CreateUserInput),
    defaultValues: { email: "", name: "", role: "marketer", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createUserAction(values);
    if (result.ok) {
      setMessage({ tone: "success", text: `${result.data.email} can now sign in as ${ROLE_LABELS[result.data.role]}.` });
      form.reset();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as keyof FormValues, { message: text });
    setMessage({ tone: "error", text: result.message });
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate aria-label="Add a user">
      {message ? (
        <div className="md:col-span-2">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field id="user-name" label="Name" error={errors.name?.message}>
        <Input id="user-name" invalid={Boolean(errors.name)} {...form.register("name")} />
      </Field>
      <Field id="user-email" label="Email" error={errors.email?.message}>
        <Input id="user-email" type="email" invalid={Boolean(errors.email)} {...form.register("email")} />
      </Field>
      <Field id="user-role" label="Role" error={errors.role?.message}>
        <Select id="user-role" {...form.register("role")}>
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="user-password"
        label="Initial password"
        hint="At least 10 characters; share it privately."
        error={errors.password?.message}
      >
        <Input
          id="user-password"
          type="password"
          autoComplete="new-password"
          invalid={Boolean(errors.password)}
          {...form.register("password")}
        />
      </Field>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add user"}
        </Button>
      </div>
    </form>
  );
}
