// Reads a nested react-hook-form error by the API's field path ("category.buy.quantity"): the forms'
// schemas pipe into the API schemas, so errors come back under the API's paths.
import type { FieldErrors, FieldValues } from "react-hook-form";

export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, ...paths: string[]): string | undefined {
  for (const path of paths) {
    let node: unknown = errors;
    for (const key of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    const message = (node as { message?: unknown } | undefined)?.message;
    if (typeof message === "string" && message) return message;
  }
  return undefined;
}
