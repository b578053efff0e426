// Endpoint secrets in the Standard Webhooks format: "whsec_" + base64 of random bytes, made here so every
// secret has the full strength (32 bytes; the specification asks for 24 to 64).
import { randomBytes } from "node:crypto";

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** Enough to tell two secrets apart in a list, far too little to sign with. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, 10)}…`;
}
