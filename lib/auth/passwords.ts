// bcrypt via bcryptjs: a vetted, dependency-free implementation (no native build on our machines).
import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Compared against when the email is unknown, so a miss costs as long as a hit (no user enumeration by timing). */
export function dummyHash(): string {
  dummyHash_ ??= bcrypt.hashSync("no-such-user-password", COST);
  return dummyHash_;
}
let dummyHash_: string | undefined;
