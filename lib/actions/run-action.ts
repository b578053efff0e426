// The server-action edge: authorize, run one named operation, and answer
// `{ ok: true, data } | { ok: false, code, message, fieldErrors }` so forms show errors beside the field,
// each in plain words (the API keeps its own wording; lib/forms/plain-messages.ts translates).
import { assertRole, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { requireSessionActor } from "@/lib/auth/session";
import { plainMessage } from "@/lib/forms/plain-messages";
import { toAppError } from "@/lib/http/errors";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string; fieldErrors: Record<string, string> };

export async function runAction<T>(roles: readonly Role[], operation: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await requireSessionActor();
    assertRole(actor, roles);
    return { ok: true, data: await operation(actor) };
  } catch (error) {
    const appError = toAppError(error, "server-action");
    const fieldErrors: Record<string, string> = {};
    for (const cause of appError.causes) {
      if (cause.field && !fieldErrors[cause.field]) fieldErrors[cause.field] = plainMessage(cause.message);
    }
    return { ok: false, code: appError.code, message: plainMessage(appError.message), fieldErrors };
  }
}
