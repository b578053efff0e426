"use server";
// Saves the global exclusion list from its console page.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { saveExclusionList } from "@/lib/offers/exclusions/save-exclusion-list";
import { ExclusionListInput } from "@/lib/offers/schemas";
import { parseOrThrow } from "@/lib/zod-issues";

export async function saveExclusionListAction(input: unknown) {
  const result = await runAction(ROLES.write, (actor) => saveExclusionList(actor, parseOrThrow(ExclusionListInput, input)));
  revalidatePath("/promotions/exclusions");
  return result;
}
