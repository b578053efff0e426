// Which limit window an instant falls in (contract §7): the window's first local day in the tenant's
// zone, "" for an offer without a window. Day = local calendar day (so a DST day is 23 or 25 hours),
// week = ISO week starting Monday, month = calendar month.
import { instantToWallTime } from "@/lib/pricing/time";
import type { LimitWindow } from "@/lib/limits/schemas";

const DAY_MS = 86_400_000;

function isoDay(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

export function windowKey(window: LimitWindow | undefined, atMs: number, timeZone: string): string {
  if (!window) return "";
  const wall = instantToWallTime(atMs, timeZone);
  const day = Math.floor(wall / DAY_MS) * DAY_MS;
  if (window === "day") return isoDay(day);
  if (window === "week") return isoDay(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS);
  return `${isoDay(day).slice(0, 7)}-01`;
}
