// Wraps a react-hook-form resolver so the messages its schema produces in the browser read the same
// plain words as the server's (lib/forms/plain-messages.ts).
import type { FieldValues, Resolver } from "react-hook-form";
import { plainMessage } from "@/lib/forms/plain-messages";

function translate(node: unknown, depth = 0): unknown {
  if (!node || typeof node !== "object" || depth > 8) return node;
  if (Array.isArray(node)) return node.map((child) => translate(child, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === "ref") out[key] = value;
    else if (key === "message" && typeof value === "string") out[key] = plainMessage(value);
    else out[key] = translate(value, depth + 1);
  }
  return out;
}

export function plainResolver<V extends FieldValues, C, O>(resolver: Resolver<V, C, O>): Resolver<V, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    return { ...result, errors: translate(result.errors) } as typeof result;
  };
}
