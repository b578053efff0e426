// offer.expiring (contract §9): a periodic sweep on the one runner finds active offers that end within
// 7 days and writes one event per offer, end date and warning (7 days, then 1 day before). The outbox's
// dedup key makes each warning exactly once however often the sweep runs or whichever instance runs it;
// an offer whose end moves gets warnings for its new end. An offer found first with a day or less left
// gets the 1-day warning only.
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { JobHandler } from "@/lib/jobs/types";
import { recordOutboxEvents, type OutboxEventInput } from "@/lib/outbox/record-outbox-event";

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE = 1_000;

export function expiringWarning(endsAt: Date, now: Date): 7 | 1 | null {
  const left = endsAt.getTime() - now.getTime();
  if (left <= 0 || left > 7 * DAY_MS) return null;
  return left <= DAY_MS ? 1 : 7;
}

/** Writes the due warnings; answers how many offers it looked at. */
export async function recordExpiringOffers(now = new Date()): Promise<number> {
  let cursor: string | undefined;
  let seen = 0;
  for (;;) {
    const offers = await db().offer.findMany({
      where: { endsAt: { gt: now, lte: new Date(now.getTime() + 7 * DAY_MS) }, archivedAt: null, active: true, unpublished: false },
      select: { id: true, tenantId: true, family: true, name: true, validTo: true, endsAt: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    const events: OutboxEventInput<"offer.expiring">[] = [];
    for (const offer of offers) {
      const daysBefore = offer.endsAt && expiringWarning(offer.endsAt, now);
      if (!offer.endsAt || !daysBefore) continue;
      const endsAt = offer.endsAt.toISOString();
      events.push({
        tenantId: offer.tenantId,
        type: "offer.expiring",
        dedupKey: `offer.expiring:${offer.id}:${endsAt}:${daysBefore}`,
        data: {
          offer: {
            id: offer.id,
            family: offer.family === "promotion" ? "promotion" : "coupon",
            name: offer.name,
            validTo: offer.validTo ?? endsAt,
            endsAt,
          },
          daysBefore,
        },
      });
    }
    await recordOutboxEvents(db(), events, now);
    seen += offers.length;
    if (offers.length < PAGE) return seen;
    cursor = offers[offers.length - 1].id;
  }
}

export const expiringOffersJobHandler: JobHandler<Record<string, never>> = {
  kind: "offers.expiring-sweep",
  payload: z.object({}),
  every: 10 * 60 * 1000,
  async run() {
    await recordExpiringOffers();
  },
};
