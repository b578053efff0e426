import type { Metadata } from "next";
import Link from "next/link";
import { WebhookForm } from "@/components/settings/webhook-form";
import { Badge, Card, Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { MAX_ENDPOINTS_PER_TENANT } from "@/lib/webhooks/schemas";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const session = await requireConsoleSession();
  if (session.actor.role !== "admin") {
    return (
      <>
        <PageHeader title="Webhooks" />
        <Notice tone="error">Only admins manage webhooks.</Notice>
      </>
    );
  }
  const { items } = await listWebhooks(session.tenant.id, { page: 1, count: MAX_ENDPOINTS_PER_TENANT });
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Couponsmith POSTs events (redemptions, imports, expiring offers, …) to these URLs, signed per Standard Webhooks, and retries failed deliveries for over 24 hours."
      />
      <div className="space-y-6">
        <div
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
          tabIndex={0}
          role="region"
          aria-label="Webhook endpoints"
        >
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Webhook endpoints</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                {["URL", "Events", "Status", "Description"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.length === 0 ? (
                <tr>
                  <td colSpan={4} className="px-3 py-6 text-center text-slate-500">
                    No webhook endpoints yet.
                  </td>
                </tr>
              ) : (
                items.map((w) => (
                  <tr key={w.id}>
                    <td className="px-3 py-2">
                      <Link className="font-mono text-xs text-indigo-700 hover:underline" href={`/settings/webhooks/${w.id}`}>
                        {w.url}
                      </Link>
                    </td>
                    <td className="px-3 py-2 font-mono text-xs">{w.eventTypes.join(", ")}</td>
                    <td className="px-3 py-2">
                      {w.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="rose">Switched off</Badge>}
                    </td>
                    <td className="px-3 py-2">{w.description}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <Card title="Add an endpoint">
          <WebhookForm />
        </Card>
      </div>
    </>
  );
}
