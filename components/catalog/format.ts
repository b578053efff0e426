// Display helpers shared by server pages and client tables (kept out of "use client" modules so both can call them).
import { formatMinor, toMinor } from "@/lib/money/currency";
import { formatInstantInZone } from "@/lib/pricing/time";

export function formatPrice(price: { currency: string; amount: number }): string {
  return formatMinor(toMinor(price.amount, price.currency), price.currency);
}

/** "1 Dec 2026, 09:00 Europe/Berlin": the console's one date format (lib/pricing/time.ts). */
export function formatDateTime(iso: string, zone: string): string {
  return formatInstantInZone(Date.parse(iso), zone);
}
