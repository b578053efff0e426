"use server";
// Thin actions for Settings: parse, authorize (admins only), call one operation, refresh the page.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { CreateApiTokenInput } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/auth/roles";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { removeUser } from "@/lib/users/remove-user";
import { ChangeRoleInput, CreateUserInput } from "@/lib/users/schemas";
import { parseOrThrow } from "@/lib/zod-issues";

export async function createUserAction(input: unknown) {
  const result = await runAction(ROLES.admin, (actor) => createUser(actor, parseOrThrow(CreateUserInput, input)));
  revalidatePath("/settings/users");
  return result;
}

export async function changeUserRoleAction(input: unknown) {
  const result = await runAction(ROLES.admin, (actor) => changeUserRole(actor, parseOrThrow(ChangeRoleInput, input)));
  revalidatePath("/settings/users");
  return result;
}

export async function removeUserAction(userId: string) {
  const result = await runAction(ROLES.admin, (actor) => removeUser(actor, userId));
  revalidatePath("/settings/users");
  return result;
}

export async function createApiTokenAction(input: unknown) {
  const result = await runAction(ROLES.admin, (actor) => createApiToken(actor, parseOrThrow(CreateApiTokenInput, input)));
  revalidatePath("/settings/api-tokens");
  return result;
}

export async function revokeApiTokenAction(id: string) {
  const result = await runAction(ROLES.admin, (actor) => revokeApiToken(actor, id));
  revalidatePath("/settings/api-tokens");
  return result;
}
