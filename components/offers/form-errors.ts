// react-hook-form keeps errors as a tree mirroring the values; composite inputs show every message below them.
import { get, type FieldErrors } from "react-hook-form";

export function collectMessages(node: unknown, depth = 0): string[] {
  if (!node || typeof node !== "object" || depth > 6) return [];
  const own = typeof (node as { message?: unknown }).message === "string" ? [(node as { message: string }).message] : [];
  const children = Object.entries(node as Record<string, unknown>)
    .filter(([key]) => key !== "ref" && key !== "message" && key !== "type" && key !== "types")
    .flatMap(([, child]) => collectMessages(child, depth + 1));
  return [...new Set([...own, ...children])];
}

export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const node = get(errors, path) as { message?: string } | undefined;
  return node?.message;
}

/** "currencies[1].code" (server causes) → "currencies.1.code" (react-hook-form paths). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, ".$1");
}

/** Every message in the tree with its path ("currencies.1.code"), for the summary next to the save button. */
export function flattenErrors(node: unknown, path = "", depth = 0): { path: string; message: string }[] {
  if (!node || typeof node !== "object" || depth > 8) return [];
  const own = typeof (node as { message?: unknown }).message === "string" ? [{ path, message: (node as { message: string }).message }] : [];
  const children = Object.entries(node as Record<string, unknown>)
    .filter(([key]) => key !== "ref" && key !== "message" && key !== "type" && key !== "types" && key !== "root")
    .flatMap(([key, child]) => flattenErrors(child, path ? `${path}.${key}` : key, depth + 1));
  return [...own, ...children];
}
