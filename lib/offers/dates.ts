// validFrom/validTo as users write them, the instants derived from them, and the status they imply.
// A localized offer's dates are naive local times (09:00 in every store); an absolute one carries an offset.
// Zone arithmetic is the engine's (lib/pricing/time.ts): one time module for the console and checkout.
import { formatInstantInZone, formatWallDateTime, wallTimeToInstant, zoneOffsetAt } from "@/lib/pricing/time";

export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?$/;

export type OfferStatus = "Draft" | "Disabled" | "Planned" | "Active" | "Expired";
export const OFFER_STATUSES: readonly OfferStatus[] = ["Draft", "Disabled", "Planned", "Active", "Expired"];
/**
 * What the lists filter by: the stored statuses, and "Exhausted", an Active offer whose limit is used
 * up in the current window (contract §7; the console shows it in place of Active, the API's `status`
 * stays Active).
 */
export type ListStatus = OfferStatus | "Exhausted";
export const LIST_STATUSES: readonly ListStatus[] = [...OFFER_STATUSES, "Exhausted"];

export type ParsedOfferDate = { naive: string; offset: string | null };

/** Splits a pattern-valid string and checks the calendar (no 30 February, no 25:00); null when invalid. */
export function parseOfferDate(value: string): ParsedOfferDate | null {
  if (!DATE_TIME_PATTERN.test(value)) return null;
  const naive = value.slice(0, 19);
  const offset = value.length > 19 ? value.slice(19) : null;
  const [year, month, day, hour, minute, second] = naive.split(/[-T:]/).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return null;
  if (offset && offset !== "Z") {
    const [oh, om] = offset.slice(1).split(":").map(Number);
    if (oh > 14 || om > 59) return null;
  }
  return { naive, offset };
}

/** Offset of `zone` from UTC at `instantMs`, in milliseconds (the engine's reading, lib/pricing/time.ts). */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  return zoneOffsetAt(zone, instantMs);
}

/**
 * The instant at which the wall-clock time `naive` happens in `zone`, by the engine's own DST rule so
 * the console's status and the engine never disagree: a skipped hour moves forward, a repeated hour
 * means its first occurrence.
 */
export function zonedTimeToInstant(naive: string, zone: string): Date {
  const [year, month, day, hour, minute, second] = naive.split(/[-T:]/).map(Number);
  return new Date(wallTimeToInstant(Date.UTC(year, month - 1, day, hour, minute, second), zone));
}

/** The instant of an offer date: with an offset it is absolute, without it is read in `zone`. */
export function offerDateInstant(value: string, zone: string): Date {
  const parsed = parseOfferDate(value);
  if (!parsed) throw new RangeError(`Not an offer date: ${value}`);
  if (parsed.offset) return new Date(value);
  return zonedTimeToInstant(parsed.naive, zone);
}

/** Draft when never published (it applies nowhere), Disabled when switched off, otherwise where `now` falls against [startsAt, endsAt]. */
export function offerStatus(
  offer: { active: boolean; startsAt: Date; endsAt: Date | null; unpublished?: boolean },
  now: Date = new Date(),
): OfferStatus {
  if (offer.unpublished) return "Draft";
  if (!offer.active) return "Disabled";
  if (now.getTime() < offer.startsAt.getTime()) return "Planned";
  if (offer.endsAt && now.getTime() > offer.endsAt.getTime()) return "Expired";
  return "Active";
}

/**
 * An offer date for people: an absolute one on the wall clock of `zone` with the zone's name
 * ("1 Dec 2026, 09:00 Europe/Berlin"); a localized one as the wall time it is in every store
 * ("1 Dec 2026, 09:00 store time").
 */
export function formatOfferDate(value: string, zone: string): string {
  const parsed = parseOfferDate(value);
  if (!parsed) return value;
  const [year, month, day, hour, minute] = parsed.naive.split(/[-T:]/).map(Number);
  if (!parsed.offset) return `${formatWallDateTime(Date.UTC(year, month - 1, day, hour, minute))} store time`;
  return formatInstantInZone(new Date(value).getTime(), zone);
}

/** "+01:00" / "-05:30" from minutes east of UTC (0 gives "+00:00"). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The zone's offset right now, as the default for absolute dates typed in the console ("Z" for UTC). */
export function currentOffset(zone: string, now: Date = new Date()): string {
  const minutes = Math.round(zoneOffsetMs(now.getTime(), zone) / 60_000);
  return minutes === 0 ? "Z" : formatOffset(minutes);
}
