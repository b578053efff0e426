"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(console)/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Badge, Card, Notice } from "@/components/ui/page-header";
import { CreateApiTokenInput } from "@/lib/auth/schemas";
import { ROLE_LABELS, TOKEN_ROLES, type Role } from "@/lib/auth/roles";
import { DateTime } from "@/components/ui/date-time";

type TokenView = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
type FormValues = z.input<typeof CreateApiTokenInput>;

export function ApiTokensPanel({ tokens }: { tokens: TokenView[] }) {
  const [revealed, setRevealed] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<FormValues>({ resolver: zodResolver(CreateApiTokenInput), defaultValues: { name: "", role: "pos" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await createApiTokenAction(values);
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as keyof FormValues, { message: text });
      setError(result.message);
      return;
    }
    setRevealed({ name: result.data.record.name, token: result.data.token });
    form.reset({ name: "", role: values.role });
  });

  return (
    <div className="space-y-6">
      {revealed ? (
        <Notice tone="success">
          <p className="font-medium">Token “{revealed.name}” created. Copy it now: it will not be shown again.</p>
          <code data-testid="new-api-token" className="mt-2 block rounded bg-white px-3 py-2 font-mono text-sm break-all text-slate-900">
            {revealed.token}
          </code>
        </Notice>
      ) : null}
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
        tabIndex={0}
        role="region"
        aria-label="API tokens"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">API tokens</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {["Name", "Role", "Token", "Created", "Last used", "Status", ""].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium">
                  {h || <span className="sr-only">Actions</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-3 py-6 text-center text-slate-500">
                  No API tokens yet.
                </td>
              </tr>
            ) : (
              tokens.map((t) => (
                <tr key={t.id}>
                  <td className="px-3 py-2">{t.name}</td>
                  <td className="px-3 py-2">{ROLE_LABELS[t.role]}</td>
                  <td className="px-3 py-2 font-mono text-xs">{t.prefix}…</td>
                  <td className="px-3 py-2">
                    <DateTime at={t.createdAt} /> by {t.createdBy}
                  </td>
                  <td className="px-3 py-2">
                    <DateTime at={t.lastUsedAt} empty="never" />
                  </td>
                  <td className="px-3 py-2">{t.revokedAt ? <Badge tone="rose">Revoked</Badge> : <Badge tone="green">Active</Badge>}</td>
                  <td className="px-3 py-2 text-right">
                    {t.revokedAt ? null : (
                      <Button
                        variant="ghost"
                        disabled={pending}
                        onClick={() => {
                          if (!confirm(`Revoke “${t.name}”? Calls using it will be refused at once.`)) return;
                          startTransition(async () => {
                            const result = await revokeApiTokenAction(t.id);
                            if (!result.ok) setError(result.message);
                          });
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Card title="Create a token">
        <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-3" noValidate aria-label="Create an API token">
          {error ? (
            <div className="md:col-span-3">
              <Notice tone="error">{error}</Notice>
            </div>
          ) : null}
          <Field id="token-name" label="Name" hint="Where it is used, e.g. “Berlin till 3”." error={errors.name?.message}>
            <Input id="token-name" invalid={Boolean(errors.name)} {...form.register("name")} />
          </Field>
          <Field id="token-role" label="Role" error={errors.role?.message}>
            <Select id="token-role" {...form.register("role")}>
              {TOKEN_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </Select>
          </Field>
          <div className="self-end">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Creating…" : "Create token"}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
