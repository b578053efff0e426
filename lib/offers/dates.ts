// validFrom/validTo as users write them, the instants derived from them, and the status they imply.
// A localized offer's dates are naive local times (09:00 in every store); an absolute one carries an offset.

export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?$/;

export type OfferStatus = "Disabled" | "Planned" | "Active" | "Expired";
export const OFFER_STATUSES: readonly OfferStatus[] = ["Disabled", "Planned", "Active", "Expired"];

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

/** Offset of `zone` from UTC at `instantMs`, in milliseconds. */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The instant at which the wall-clock time `naive` happens in `zone` (a skipped DST hour moves forward). */
export function zonedTimeToInstant(naive: string, zone: string): Date {
  const [year, month, day, hour, minute, second] = naive.split(/[-T:]/).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - zoneOffsetMs(wall, zone);
  // Re-reading the offset at the first guess corrects for a DST change between the wall time and the instant.
  return new Date(wall - zoneOffsetMs(first, zone));
}

/** The instant of an offer date: with an offset it is absolute, without it is read in `zone`. */
export function offerDateInstant(value: string, zone: string): Date {
  const parsed = parseOfferDate(value);
  if (!parsed) throw new RangeError(`Not an offer date: ${value}`);
  if (parsed.offset) return new Date(value);
  return zonedTimeToInstant(parsed.naive, zone);
}

/** Disabled when switched off, otherwise where `now` falls against [startsAt, endsAt]. */
export function offerStatus(offer: { active: boolean; startsAt: Date; endsAt: Date | null }, now: Date = new Date()): OfferStatus {
  if (!offer.active) return "Disabled";
  if (now.getTime() < offer.startsAt.getTime()) return "Planned";
  if (offer.endsAt && now.getTime() > offer.endsAt.getTime()) return "Expired";
  return "Active";
}

/** "1 Dec 2026 09:00" from a stored date string, without moving it to another zone. */
export function formatOfferDate(value: string): string {
  const parsed = parseOfferDate(value);
  if (!parsed) return value;
  const [year, month, day, hour, minute] = parsed.naive.split(/[-T:]/).map(Number);
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  return `${day} ${monthName} ${year} ${time}`;
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
