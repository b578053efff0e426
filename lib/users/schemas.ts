import { z } from "zod";
import { UserRole } from "@/lib/auth/roles";
import { identifier, text } from "@/lib/validation/text";

export const Email = identifier("Email")
  .toLowerCase()
  .email("Enter a valid email address")
  .max(254, "Email must be at most 254 characters");
export const Password = text("Password")
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

export const CreateUserInput = z.strictObject({
  email: Email,
  name: text("Name").trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  role: UserRole,
  password: Password,
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const ChangeRoleInput = z.strictObject({ userId: identifier("userId").min(1), role: UserRole });
export type ChangeRoleInput = z.infer<typeof ChangeRoleInput>;
