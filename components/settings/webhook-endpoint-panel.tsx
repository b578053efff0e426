"use client";
// An endpoint's state beside its form: the switched-off notice with "Switch on again", the signing secret
// (revealed on request, audited), and deleting the endpoint.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteWebhookAction, revealWebhookSecretAction, updateWebhookAction } from "@/app/(console)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Card, Notice } from "@/components/ui/page-header";
import type { WebhookView } from "@/lib/webhooks/view-schemas";

export function SwitchedOffNotice({ webhook }: { webhook: WebhookView }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (webhook.enabled) return null;
  const switchOn = () =>
    startTransition(async () => {
      const { url, description, eventTypes, version } = webhook;
      const result = await updateWebhookAction(webhook.id, { url, description, eventTypes, version, enabled: true });
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  return (
    <Notice tone="error">
      <p className="font-medium">This endpoint is switched off: nothing is delivered to it.</p>
      {webhook.disabledReason ? (
        <p className="mt-1" data-testid="webhook-disabled-reason">
          {webhook.disabledReason}
        </p>
      ) : null}
      {error ? <p className="mt-1 font-medium">{error}</p> : null}
      <Button className="mt-3" onClick={switchOn} disabled={pending}>
        {pending ? "Switching on…" : "Switch on again"}
      </Button>
    </Notice>
  );
}

export function WebhookSecretCard({ webhook }: { webhook: WebhookView }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <Card title="Signing secret">
      <p className="text-sm text-slate-600">
        Each delivery carries <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> (Standard
        Webhooks); verify them with this secret, e.g. with the <code>standardwebhooks</code> package.
      </p>
      {secret ? (
        <code data-testid="webhook-secret" className="mt-3 block rounded bg-slate-100 px-3 py-2 font-mono text-sm break-all">
          {secret}
        </code>
      ) : (
        <p className="mt-3 font-mono text-sm">{webhook.secretHint}</p>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="mt-3 flex gap-2">
        {secret ? null : (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await revealWebhookSecretAction(webhook.id);
                if (result.ok) setSecret(result.data.secret);
                else setError(result.message);
              })
            }
          >
            Reveal secret
          </Button>
        )}
        <Button
          variant="danger"
          disabled={pending}
          onClick={() => {
            if (!confirm(`Delete the endpoint ${webhook.url} and its delivery log? Nothing more is sent to it.`)) return;
            startTransition(async () => {
              const result = await deleteWebhookAction(webhook.id);
              if (result.ok) router.push("/settings/webhooks");
              else setError(result.message);
            });
          }}
        >
          Delete endpoint
        </Button>
      </div>
    </Card>
  );
}
