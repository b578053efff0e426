// Date-time handling without the clock: every instant comes in as text. Naive local times are turned
// into instants per IANA zone. DST rule (same as Temporal's "compatible" disambiguation): a wall time
// that falls in a spring-forward gap is moved forward by the gap (02:30 in a 02:00→03:00 gap becomes
// 03:30 summer time); a wall time that occurs twice in a fall-back overlap means its earlier occurrence.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DAY_MS = 86_400_000;

export type ParsedDateTime = {
  /** The written fields read as if they were UTC, in ms. */
  wallMs: number;
  /** Offset written in the text, in minutes; null for a naive date-time. */
  offsetMinutes: number | null;
};

export function parseDateTime(text: string): ParsedDateTime | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone] = match;
  const fields = [Number(month), Number(day), Number(hour), Number(minute), Number(second)];
  if (fields[0] < 1 || fields[0] > 12 || fields[1] < 1 || fields[1] > 31) return null;
  if (fields[2] > 23 || fields[3] > 59 || fields[4] > 59) return null;
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  const wallMs = Date.UTC(Number(year), fields[0] - 1, fields[1], fields[2], fields[3], fields[4], millis);
  return { wallMs, offsetMinutes: zone === undefined ? null : parseOffset(zone) };
}

function parseOffset(zone: string): number {
  if (zone === "Z" || zone === "z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone[0] === "-" ? -minutes : minutes;
}

// The same `now` or `at` text usually comes with many carts in a row: remember the last one.
let lastInstantText: string | null = null;
let lastInstantMs: number | null = null;

/** An ISO instant in ms. Text without an offset is read as UTC so the result never depends on the host. */
export function parseInstant(text: string | undefined | null): number | null {
  if (!text) return null;
  if (text === lastInstantText) return lastInstantMs;
  const parsed = parseDateTime(text);
  const instant = parsed ? parsed.wallMs - (parsed.offsetMinutes ?? 0) * 60_000 : null;
  lastInstantText = text;
  lastInstantMs = instant;
  return instant;
}

// One formatter per zone: building Intl.DateTimeFormat is far slower than using it.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(zone: string | null | undefined): zone is string {
  return typeof zone === "string" && zone !== "" && formatterFor(zone) !== null;
}

/** The first usable zone among the candidates, else "UTC". */
export function pickTimeZone(...candidates: (string | null | undefined)[]): string {
  for (const zone of candidates) if (isValidTimeZone(zone)) return zone;
  return "UTC";
}

/** Offset (local - UTC) in ms of `zone` at `instantMs`. */
export function zoneOffsetAt(zone: string, instantMs: number): number {
  const formatter = formatterFor(zone);
  if (!formatter) return 0;
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(instantMs)) field[part.type] = Number(part.value);
  const wall = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second);
  const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wall - wholeSecond;
}

/** The instant at which the wall clock of `zone` shows `wallMs` (DST rule in the file comment). */
export function wallTimeToInstant(wallMs: number, zone: string): number {
  const offsetBefore = zoneOffsetAt(zone, wallMs - DAY_MS);
  const offsetAfter = zoneOffsetAt(zone, wallMs + DAY_MS);
  const earlier = wallMs - offsetBefore;
  const later = wallMs - offsetAfter;
  const earlierValid = zoneOffsetAt(zone, earlier) === offsetBefore;
  const laterValid = zoneOffsetAt(zone, later) === offsetAfter;
  if (earlierValid && laterValid) return Math.min(earlier, later);
  if (earlierValid) return earlier;
  if (laterValid) return later;
  // Gap: reading the wall time with the offset in force before the jump moves it forward by the gap.
  return earlier;
}

/** "2026-12-01 09:00" from a wall-clock or UTC ms value, for messages. */
export function formatWallTime(wallMs: number): string {
  const iso = new Date(wallMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

// ---- Display: the console prints every instant through these, so server and browser write the
// same text (no locale data, no host zone) and each time carries the name of its zone.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "1 Dec 2026, 09:00" from a wall-clock value in ms (fields read as UTC). */
export function formatWallDateTime(wallMs: number): string {
  const d = new Date(wallMs);
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm}`;
}

/** The wall clock of `zone` at `instantMs`, in ms (fields read as UTC). */
export function instantToWallTime(instantMs: number, zone: string): number {
  return instantMs + zoneOffsetAt(zone, instantMs);
}

/** "1 Dec 2026, 20:10 Europe/Berlin": an instant on the wall clock of `zone`, with the zone's name. */
export function formatInstantInZone(instantMs: number, zone: string): string {
  const usable = pickTimeZone(zone);
  return `${formatWallDateTime(instantToWallTime(instantMs, usable))} ${usable}`;
}
