// Roles and what each may do. Console users hold admin, marketer or viewer per tenant;
// API tokens may also be `pos` (tills: price carts, redeem codes, issue and redeem printed coupons).
import { z } from "zod";

export const USER_ROLES = ["admin", "marketer", "viewer"] as const;
export const TOKEN_ROLES = ["admin", "marketer", "viewer", "pos"] as const;
export const UserRole = z.enum(USER_ROLES);
export const TokenRole = z.enum(TOKEN_ROLES);
export type UserRole = z.infer<typeof UserRole>;
export type Role = z.infer<typeof TokenRole>;

/** Role sets used by route handlers and server actions. */
export const ROLES = {
  read: ["admin", "marketer", "viewer"],
  write: ["admin", "marketer"],
  admin: ["admin"],
  priceCart: ["admin", "marketer", "viewer", "pos"],
  checkout: ["admin", "marketer", "pos"],
} as const satisfies Record<string, readonly Role[]>;

export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  marketer: "Marketer",
  viewer: "Viewer",
  pos: "POS till",
};
