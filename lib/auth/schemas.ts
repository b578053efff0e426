// Input contracts of the auth area, free of server imports so client forms can share them.
import { z } from "zod";
import { TokenRole } from "@/lib/auth/roles";
import { text } from "@/lib/validation/text";

export const CreateApiTokenInput = z.strictObject({
  name: text("Name").trim().min(1, "Name is required").max(80, "Name must be at most 80 characters"),
  role: TokenRole,
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;
