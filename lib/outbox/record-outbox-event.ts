// Writing an event to the outbox (contract §9). Call it inside the transaction of the change the event
// reports, so the event exists if and only if the change committed; webhook deliveries fan out from the
// outbox afterwards (lib/webhooks/dispatch-outbox.ts), on any instance, at least once.
//
//   await recordOutboxEvent(tx, tenantId, "budget.threshold", { budgetId, percent: 80, … });
//
// `tx`: a Prisma client or interactive transaction, or a driver transaction (lib/db/driver.ts, the
// checkout path). `data` is what receivers get under `data`; its shape per type is in event-types.ts
// (give reservation.expired and budget.threshold theirs there when they are built). `dedupKey`: for
// events a sweep may find more than once (one event per tenant and key, later ones are dropped).
import { statementsOf, type SqlClient } from "@/lib/db/statements";
import type { EventData, EventType } from "@/lib/outbox/event-types";
import { insertOutboxEvents } from "@/lib/outbox/queries";

export type OutboxEventInput<T extends EventType = EventType> = { tenantId: string; type: T; data: EventData<T>; dedupKey?: string };

export async function recordOutboxEvent<T extends EventType>(
  tx: SqlClient,
  tenantId: string,
  type: T,
  data: EventData<T>,
  options: { dedupKey?: string } = {},
): Promise<void> {
  await insertOutboxEvents(statementsOf(tx), [{ tenantId, type, data, dedupKey: options.dedupKey }], new Date());
}

/** Many events in one INSERT (per 1,000): the checkout path writes all of an order's in one statement. */
export async function recordOutboxEvents(tx: SqlClient, events: readonly OutboxEventInput[], now = new Date()): Promise<void> {
  if (events.length === 0) return;
  await insertOutboxEvents(statementsOf(tx), events, now);
}
