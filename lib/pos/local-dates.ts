// Erply's POS works in the store's local calendar: rule issuing windows, campaign dates and coupon
// expiry dates are local dates (and times). Naive "yyyy-mm-ddThh:mm:ss" text of fixed width compares
// correctly as text, which is how the lists find expired coupons on both databases. Pure.
import { z } from "zod";
import { pickTimeZone, zoneOffsetAt } from "@/lib/pricing/time";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 9999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A local calendar date, yyyy-mm-dd. */
export const LocalDate = (field: string) =>
  z
    .string({ error: `${field} must be a date such as 2026-12-31` })
    .trim()
    .regex(DATE, { message: `${field} must be a date in the form yyyy-mm-dd`, abort: true })
    .refine(isRealDate, `${field} is not a real date`);

/** A local time of day, hh:mm or hh:mm:ss, normalised to hh:mm:ss. */
export const LocalTime = (field: string) =>
  z
    .string({ error: `${field} must be a time such as 09:30:00` })
    .trim()
    .regex(TIME, { message: `${field} must be a time in the form hh:mm:ss`, abort: true })
    .refine((text) => {
      const [, h, m, s = "0"] = TIME.exec(text)!;
      return Number(h) < 24 && Number(m) < 60 && Number(s) < 60;
    }, `${field} is not a real time of day`)
    .transform((text) => (text.length === 5 ? `${text}:00` : text));

/** The wall clock of `zone` at `instantMs`, as "yyyy-mm-ddThh:mm:ss". */
export function localDateTime(zone: string, instantMs: number): string {
  const usable = pickTimeZone(zone);
  return new Date(instantMs + zoneOffsetAt(usable, instantMs)).toISOString().slice(0, 19);
}

/** The local calendar date of `zone` at `instantMs`. */
export function localDate(zone: string, instantMs: number): string {
  return localDateTime(zone, instantMs).slice(0, 10);
}

/** A campaign's validity as the engine's naive local bounds; validTo is inclusive (to the second). */
export function campaignWindow(dates: { startDate: string; startTime?: string | null; endDate?: string | null; endTime?: string | null }): {
  validFrom: string;
  validTo: string | null;
} {
  return {
    validFrom: `${dates.startDate}T${dates.startTime ?? "00:00:00"}`,
    validTo: dates.endDate ? `${dates.endDate}T${dates.endTime ?? "23:59:59"}` : null,
  };
}

/** The earlier of two inclusive naive upper bounds (null = open). */
export function earlierBound(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
