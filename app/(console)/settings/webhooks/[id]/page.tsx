import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WebhookDeliveriesTable } from "@/components/settings/webhook-deliveries-table";
import { SwitchedOffNotice, WebhookSecretCard } from "@/components/settings/webhook-endpoint-panel";
import { WebhookForm } from "@/components/settings/webhook-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhooks";
import { DeliveryListQuery } from "@/lib/webhooks/schemas";

export const metadata: Metadata = { title: "Webhook endpoint" };

export default async function WebhookPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const session = await requireConsoleSession();
  if (session.actor.role !== "admin") {
    return (
      <>
        <PageHeader title="Webhook endpoint" />
        <Notice tone="error">Only admins manage webhooks.</Notice>
      </>
    );
  }
  const { id } = await params;
  const parsed = DeliveryListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : DeliveryListQuery.parse({});
  const webhook = await getWebhookOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const deliveries = await listWebhookDeliveries(session.tenant.id, id, query);
  return (
    <>
      <PageHeader
        title={webhook.description || webhook.url}
        description={<span className="font-mono">{webhook.url}</span>}
        actions={
          <ButtonLink variant="secondary" href="/settings/webhooks">
            All webhooks
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <SwitchedOffNotice webhook={webhook} />
        <div className="grid gap-4 md:grid-cols-2">
          <Card title="Endpoint">
            <WebhookForm webhook={webhook} />
          </Card>
          <WebhookSecretCard webhook={webhook} />
        </div>
        <Card title="Delivery log">
          <WebhookDeliveriesTable
            endpointId={webhook.id}
            enabled={webhook.enabled}
            rows={deliveries.items}
            total={deliveries.total}
            page={query.page}
            count={query.count}
          />
        </Card>
      </div>
    </>
  );
}
