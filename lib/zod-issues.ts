// Turns zod issues into the `causes` of our error object: one entry per bad field, naming the limit.
import type { z } from "zod";
import { AppError, type ErrorCause } from "@/lib/errors";

export function issuePath(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    const name = String(key);
    return acc ? `${acc}.${name}` : name;
  }, "");
}

export function causesFromZod(error: z.ZodError): ErrorCause[] {
  return error.issues.flatMap((issue): ErrorCause[] => {
    if (issue.code === "unrecognized_keys") {
      // One cause per unknown field, so a client sees exactly which names we do not accept.
      return issue.keys.map((key) => ({ field: issuePath([...issue.path, key]), message: `Unknown field "${key}"`, code: issue.code }));
    }
    const field = issuePath(issue.path);
    return [{ ...(field ? { field } : {}), message: issue.message, code: issue.code }];
  });
}

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, message = "The request is not valid"): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.validation(causesFromZod(result.error), message);
  return result.data;
}
