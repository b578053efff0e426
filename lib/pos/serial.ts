// Serials for issued coupons: 20 random decimal digits (Erply's offline POS format is digits, at most
// 20), from the operating system's CSPRNG, so nobody can guess a valid coupon from a printed one.
import { randomBytes } from "node:crypto";

const LIMIT = 10n ** 20n;
// The largest multiple of 10^20 below 2^72: rejecting draws above it keeps every serial equally likely.
const CEILING = (2n ** 72n / LIMIT) * LIMIT;

export function generateSerial(): string {
  for (;;) {
    const draw = BigInt(`0x${randomBytes(9).toString("hex")}`);
    if (draw < CEILING) return (draw % LIMIT).toString().padStart(20, "0");
  }
}
