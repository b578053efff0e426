"use client";
// Create or edit a webhook endpoint: the same zod schema as the REST API (WebhookInput), errors beside
// each field. Creating shows the new secret once, with where to find it again.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createWebhookAction, updateWebhookAction } from "@/app/(console)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { EVENT_DESCRIPTIONS, EVENT_TYPES } from "@/lib/outbox/event-types";
import { WebhookInput } from "@/lib/webhooks/schemas";
import type { WebhookView } from "@/lib/webhooks/view-schemas";

type FormValues = z.input<typeof WebhookInput>;

export function WebhookForm({ webhook }: { webhook?: WebhookView }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const defaults: FormValues = webhook
    ? { url: webhook.url, description: webhook.description, eventTypes: webhook.eventTypes, enabled: webhook.enabled }
    : { url: "", description: "", eventTypes: ["redemption.created"], enabled: true };
  const form = useForm<FormValues>({ resolver: zodResolver(WebhookInput), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const showErrors = (result: { message: string; fieldErrors: Record<string, string> }) => {
    // "eventTypes[0]" names one entry of the list: the message belongs beside the list.
    for (const [field, text] of Object.entries(result.fieldErrors))
      form.setError(field.replace(/\[\d+\]$/, "") as keyof FormValues, { message: text });
    setError(result.message);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    if (webhook) {
      const result = await updateWebhookAction(webhook.id, { ...values, version: webhook.version });
      if (!result.ok) return showErrors(result);
      setSaved(true);
      router.refresh();
      return;
    }
    const result = await createWebhookAction(values);
    if (!result.ok) return showErrors(result);
    setCreated({ id: result.data.id, secret: result.data.secret });
    form.reset(defaults);
    router.refresh();
  });

  const prefix = webhook ? "webhook" : "new-webhook";
  return (
    <div className="space-y-4">
      {created ? (
        <Notice tone="success">
          <p className="font-medium">Endpoint created. Its signing secret (admins can reveal it again on the endpoint&apos;s page):</p>
          <code
            data-testid="new-webhook-secret"
            className="mt-2 block rounded bg-white px-3 py-2 font-mono text-sm break-all text-slate-900"
          >
            {created.secret}
          </code>
          <a className="mt-2 inline-block font-medium text-indigo-700 underline" href={`/settings/webhooks/${created.id}`}>
            Open the endpoint and its delivery log
          </a>
        </Notice>
      ) : null}
      {saved ? <Notice tone="success">Saved.</Notice> : null}
      <form
        onSubmit={onSubmit}
        className="space-y-4"
        noValidate
        aria-label={webhook ? "Edit the webhook endpoint" : "Add a webhook endpoint"}
      >
        {error ? <Notice tone="error">{error}</Notice> : null}
        <Field
          id={`${prefix}-url`}
          label="URL"
          hint="https://…, or http://localhost / http://127.0.0.1 while developing."
          error={errors.url?.message}
        >
          <Input id={`${prefix}-url`} type="url" invalid={Boolean(errors.url)} {...form.register("url")} />
        </Field>
        <Field
          id={`${prefix}-description`}
          label="Description"
          hint="Who listens here, e.g. “ERP order sync”."
          error={errors.description?.message}
        >
          <Input id={`${prefix}-description`} invalid={Boolean(errors.description)} {...form.register("description")} />
        </Field>
        <fieldset className="space-y-1" aria-describedby={errors.eventTypes ? `${prefix}-events-error` : undefined}>
          <legend className="text-sm font-medium text-slate-700">Events</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={type} className="mt-1" {...form.register("eventTypes")} />
              <span>
                <code className="font-mono text-xs">{type}</code> <span className="text-slate-500">— {EVENT_DESCRIPTIONS[type]}</span>
              </span>
            </label>
          ))}
          {errors.eventTypes ? (
            <p id={`${prefix}-events-error`} role="alert" className="text-xs font-medium text-rose-600">
              {errors.eventTypes.message ?? errors.eventTypes.root?.message}
            </p>
          ) : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("enabled")} /> Enabled (deliveries are sent)
        </label>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : webhook ? "Save endpoint" : "Add endpoint"}
        </Button>
      </form>
    </div>
  );
}
