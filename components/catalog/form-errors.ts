// Helpers shared by the catalog forms: server field errors onto react-hook-form fields, and the first
// message inside a nested error (arrays and records report their problems one level down).
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** "prices[1].amount" (our error paths) → "prices.1.amount" (react-hook-form's). */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string>): void {
  for (const [field, message] of Object.entries(fieldErrors)) setError(field.replace(/\[(\d+)\]/g, ".$1") as Path<T>, { message });
}

export function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const record = error as Record<string, unknown>;
  if (typeof record.message === "string" && record.message) return record.message;
  for (const [key, value] of Object.entries(record)) {
    if (key === "ref" || key === "type") continue;
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}

/** For optional text inputs: an empty box means "none" (null), not an empty string. */
export const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
