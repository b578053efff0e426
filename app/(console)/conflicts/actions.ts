"use server";
// Thin action for the Conflicts page's settings form: parse with the REST contract's schema, authorize
// (admins and marketers, as PUT /api/v1/conflicts/settings), save, refresh the analysis pages.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { saveConflictSettings } from "@/lib/conflicts/conflict-settings";
import { ConflictSettingsInput } from "@/lib/conflicts/schemas";
import { parseOrThrow } from "@/lib/zod-issues";

export async function saveConflictSettingsAction(input: unknown) {
  const result = await runAction(ROLES.write, (actor) => saveConflictSettings(actor, parseOrThrow(ConflictSettingsInput, input)));
  revalidatePath("/conflicts");
  revalidatePath("/dashboard");
  return result;
}
