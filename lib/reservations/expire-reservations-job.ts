// reservations.expire: a periodic sweep on the one runner (lib/jobs) that ends every active reservation
// past its expiry. Safe with several instances and at-least-once runs: each reservation ends in its own
// transaction by a conditional UPDATE from active (lib/reservations/queries.ts), so only one caller
// gives its uses back and writes its reservation.expired event.
import { z } from "zod";
import { driver } from "@/lib/db/driver";
import type { JobHandler } from "@/lib/jobs/types";
import { findExpiredReservations } from "@/lib/reservations/queries";
import { endReservation } from "@/lib/reservations/release-reservation";

const PAGE = 500;

/** Ends the reservations expired by `now`; answers how many this call ended. */
export async function expireReservations(now = new Date()): Promise<number> {
  let ended = 0;
  for (;;) {
    const due = await findExpiredReservations(driver(), now, PAGE);
    for (const r of due) if (await driver().transaction((tx) => endReservation(tx, r.tenantId, r.id, "expired", now))) ended++;
    if (due.length < PAGE) return ended;
  }
}

export const expireReservationsJobHandler: JobHandler<Record<string, never>> = {
  kind: "reservations.expire",
  payload: z.object({}),
  every: 10 * 1000,
  async run() {
    await expireReservations();
  },
};
