"use client";
// An endpoint's delivery log: one row per delivery (newest first) with its latest attempt, every attempt
// under "Attempts", and Replay. While a delivery waits for its next attempt the page refreshes itself.
import type { ColumnDef } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { replayDeliveryAction } from "@/app/(console)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { Badge, Notice } from "@/components/ui/page-header";
import type { WebhookDeliveryView } from "@/lib/webhooks/view-schemas";

const REFRESH_MS = 3000;

function StatusBadge({ status }: { status: WebhookDeliveryView["status"] }) {
  if (status === "succeeded") return <Badge tone="green">Delivered</Badge>;
  if (status === "failed") return <Badge tone="rose">Failed</Badge>;
  return <Badge tone="amber">Retrying</Badge>;
}

const columns: ColumnDef<WebhookDeliveryView, unknown>[] = [
  { id: "createdAt", header: "Event time", enableSorting: false, cell: ({ row }) => <DateTime at={row.original.createdAt} /> },
  {
    id: "eventType",
    header: "Event",
    enableSorting: false,
    cell: ({ row }) => <code className="font-mono text-xs">{row.original.eventType}</code>,
  },
  { id: "status", header: "Status", enableSorting: false, cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  {
    id: "response",
    header: "Response",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.lastStatusCode === null ? (row.original.attempts ? "no answer" : "") : `HTTP ${row.original.lastStatusCode}`,
  },
  {
    id: "duration",
    header: "Duration",
    enableSorting: false,
    cell: ({ row }) => (row.original.log[0] ? `${row.original.log[0].durationMs} ms` : ""),
  },
  {
    id: "attempts",
    header: "Attempts",
    enableSorting: false,
    cell: ({ row }) => (
      <details>
        <summary className="cursor-pointer">
          {row.original.attempts}
          {row.original.nextAttemptAt ? (
            <span className="text-xs text-slate-500">
              {" "}
              · next <DateTime at={row.original.nextAttemptAt} />
            </span>
          ) : null}
        </summary>
        <ol className="mt-1 space-y-1 text-xs">
          {row.original.log.map((a) => (
            <li key={`${a.attempt}-${a.at}`}>
              #{a.attempt} {a.trigger === "replay" ? "(replay) " : ""}
              <DateTime at={a.at} /> · {a.outcome} · {a.statusCode === null ? "no answer" : `HTTP ${a.statusCode}`} · {a.durationMs} ms
              {a.error ? <div className="text-rose-700">{a.error}</div> : null}
            </li>
          ))}
        </ol>
      </details>
    ),
  },
  {
    id: "error",
    header: "Last error",
    enableSorting: false,
    cell: ({ row }) => <span className="text-xs text-rose-700">{row.original.lastError ?? ""}</span>,
  },
];

type Props = { endpointId: string; enabled: boolean; rows: WebhookDeliveryView[]; total: number; page: number; count: number };

export function WebhookDeliveriesTable({ endpointId, enabled, ...props }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const waiting = props.rows.some((d) => d.status === "pending");
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, router]);

  const replay = (delivery: WebhookDeliveryView) =>
    startTransition(async () => {
      const result = await replayDeliveryAction(endpointId, delivery.id);
      setMessage(
        result.ok
          ? { tone: "success", text: `Replaying ${delivery.eventType} (${delivery.id}).` }
          : { tone: "error", text: result.message },
      );
      if (result.ok) setTimeout(() => router.refresh(), 1000);
    });

  const withReplay: ColumnDef<WebhookDeliveryView, unknown>[] = [
    ...columns,
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <Button
          variant="ghost"
          className="-my-2"
          disabled={pending || !enabled}
          onClick={() => replay(row.original)}
          aria-label={`Replay ${row.original.eventType} ${row.original.id}`}
        >
          Replay
        </Button>
      ),
    },
  ];
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="flex justify-end">
        <Button variant="secondary" onClick={() => router.refresh()}>
          Refresh
        </Button>
      </div>
      <DataTable columns={withReplay} {...props} getRowId={(row) => row.id} emptyMessage="No deliveries yet." caption="Deliveries" />
    </div>
  );
}
