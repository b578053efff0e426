// Contract §1.4: a PUT may send the object back exactly as GET answered it. The answer's read-only
// fields are the keys of its output schema that the update schema lacks (id, status, audit stamps,
// counts): they are accepted, documented as readOnly, and dropped before the handler sees the body.
// Any other unknown key is still a 400, because the update schema stays strict. Deriving the keys
// from the two schemas keeps one list: a field that becomes writable (e.g. `version`) leaves it by itself.
import { z } from "zod";

export function readOnlyKeys(update: z.ZodObject, view: z.ZodObject): string[] {
  return Object.keys(view.shape).filter((key) => !(key in update.shape));
}

/** The PUT body schema: `update` plus the view's read-only fields, accepted and ignored. */
export function acceptingReadOnlyFields<U extends z.ZodObject>(update: U, view: z.ZodObject): z.ZodType<z.output<U>, z.input<U>> {
  const keys = readOnlyKeys(update, view);
  const echo = Object.fromEntries(
    keys.map((key) => [
      key,
      (view.shape[key] as z.ZodType).optional().meta({ readOnly: true, description: "Read-only: accepted and ignored" }),
    ]),
  );
  return update.safeExtend(echo).transform((value) => {
    const body: Record<string, unknown> = { ...value };
    for (const key of keys) delete body[key];
    return body as z.output<U>;
  }) as unknown as z.ZodType<z.output<U>, z.input<U>>;
}
