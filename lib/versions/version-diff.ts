// The difference between two versions of an offer, field by field and in words (contract §8: the console
// shows a diff between any two versions). Pure and client-safe: names of stores come in with `names`,
// and each value is worded as the audit log words it (describe-audit-event.ts), so both read alike.
import { label, valueInWords, type AuditNames } from "@/lib/audit/describe-audit-event";
import type { FieldChangeView } from "@/lib/versions/schemas";

/** JSON with sorted keys, so values that differ only in key order (PostgreSQL jsonb) compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value as object)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

/** Absent, null and (for optional text) "" all mean "not set". */
function normalized(value: unknown): unknown {
  return value === undefined || value === "" ? null : value;
}

/** The fields that differ, in the order of `fieldOrder` (then any other field, alphabetically). */
export function diffSnapshots(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  names: AuditNames,
  fieldOrder: readonly string[] = [],
): FieldChangeView[] {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const rank = (key: string) => {
    const index = fieldOrder.indexOf(key);
    return index === -1 ? fieldOrder.length : index;
  };
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return keys
    .filter((field) => canonical(normalized(from[field])) !== canonical(normalized(to[field])))
    .map((field) => {
      const before = valueInWords(field, normalized(from[field]), names);
      const after = valueInWords(field, normalized(to[field]), names);
      return { field, label: label(field), from: before, to: after, sentence: `${label(field)}: ${before} → ${after}` };
    });
}

/** "No field differs." / "1 field differs: Name." / "3 fields differ: Name, Valid to and Currencies." */
export function summarizeChanges(changes: readonly FieldChangeView[]): string {
  if (changes.length === 0) return "No field differs.";
  const labels = changes.map((c) => c.label);
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return `${changes.length} field${changes.length === 1 ? " differs" : "s differ"}: ${list}.`;
}
