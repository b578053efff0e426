// When deliveries are tried (contract §9: retried with backoff for at least 24 h, 10 s timeout, at least
// once). Twelve attempts: at once, then after 1, 2, 4 … 256 minutes, then twice after 8 hours, each delay
// plus up to 10 % jitter: 24 h 31 min at the least from the first attempt to the last.
import { exponentialBackoff } from "@/lib/jobs/backoff";

export const DELIVERY_ATTEMPTS = 12;
export const deliveryBackoff = exponentialBackoff({ baseMs: 60_000, capMs: 8 * 60 * 60 * 1000, jitter: 0.1 });
/** An endpoint is switched off when this many deliveries in a row failed every attempt (so after a day of failures at least). */
export const SWITCH_OFF_AFTER_FAILED_DELIVERIES = 5;

export const DELIVER_JOB_KIND = "webhooks.deliver";
export type DeliverJobPayload = { deliveryId: string; trigger: "schedule" | "replay" };
