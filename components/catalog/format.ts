// Display helpers shared by server pages and client tables (kept out of "use client" modules so both can call them).
import { formatMinor, toMinor } from "@/lib/money/currency";

export function formatPrice(price: { currency: string; amount: number }): string {
  return formatMinor(toMinor(price.amount, price.currency), price.currency);
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
