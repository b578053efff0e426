// Codes for the benchmarks that import them (bench:import, bench:checkout).

/** Deterministic codes (xorshift), so every run imports the same file. */
export function makeCodes(total: number): string[] {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const seen = new Set<string>();
  const codes: string[] = [];
  while (codes.length < total) {
    let code = "BF26-";
    for (let i = 0; i < 10; i++) code += alphabet[next() % alphabet.length];
    if (!seen.has(code)) {
      seen.add(code);
      codes.push(code);
    }
  }
  return codes;
}
