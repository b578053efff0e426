// Codes this instance has seen exist, per tenant. A lookup that names only such codes cannot be a guess,
// so the guessing defence (unknown-code-limiter.ts) skips its reservation for them: a checkout with a
// valid code writes nothing to the rate-limit table. Only a lookup can add a code, and only after the
// database answered that it exists, so no client can put a guess here. Per instance and bounded (the
// oldest entries go first): another instance that has not seen a code yet reserves for it, and a code
// deleted since it was seen is charged after its lookup instead of before.
const MAX_ENTRIES = 100_000;

const seen = new Map<string, true>();
const keyOf = (tenantId: string, code: string) => `${tenantId}\n${code}`;

/** The codes among `codes` this instance has not yet seen exist in the tenant. */
export function unprovenCodes(tenantId: string, codes: readonly string[]): string[] {
  return codes.filter((code) => !seen.has(keyOf(tenantId, code)));
}

export function rememberKnownCodes(tenantId: string, codes: readonly string[]): void {
  for (const code of codes) {
    const key = keyOf(tenantId, code);
    if (seen.has(key)) continue;
    if (seen.size >= MAX_ENTRIES) seen.delete(seen.keys().next().value!);
    seen.set(key, true);
  }
}

export function forgetKnownCodes(tenantId: string, codes: readonly string[]): void {
  for (const code of codes) seen.delete(keyOf(tenantId, code));
}
