// New codes for a definition's or template's coupons, drawn uniformly at random (node:crypto) from its
// pattern and never one the tenant already holds, v1 or v0 (contract §6). Runs inside the caller's
// transaction, so a request that cannot get all its codes writes none. Large counts go through the job
// (run-legacy-generation.ts) instead; this path serves one coupon per v0 call and up to
// SYNC_GENERATION_LIMIT from the console.
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { codeAtRank, compileCodePattern, drawCode, randomBelow, type CodePattern } from "@/lib/legacy/code-pattern";
import { insertCouponCodes, takenAmong } from "@/lib/legacy/queries";

/** Above this many coupons at once, generation runs as a job with progress (lib/codes/import-worker.ts). */
export const SYNC_GENERATION_LIMIT = 1000;
/** Rounds of random candidates before we stop drawing and look at the whole space. */
const RANDOM_ROUNDS = 8;
/** Candidates per round: never fewer, so a nearly full pattern still finds its free codes by chance. */
const MIN_CANDIDATES = 64;
/** Up to this capacity a pattern whose random draws keep colliding is listed code by code, so "used up" is exact. */
export const EXACT_SEARCH_LIMIT = 100_000;

export function compilePatternOrThrow(source: string, field = "pattern"): CodePattern {
  const compiled = compileCodePattern(source, field);
  if (!compiled.ok) throw AppError.validation(compiled.causes, `${field} cannot be used to generate codes`);
  return compiled.pattern;
}

export function patternUsedUp(label: string, detail: string): AppError {
  return new AppError("conflict", `The pattern of ${label} has no free code left: ${detail}`, {
    causes: [{ field: "template_label", message: `No free code left in the pattern of ${label}`, code: "pattern_exhausted" }],
  });
}

export type TemplateForCodes = { id: string; label: string; maxRedemptions: number | null };

export async function createCouponCodes(
  tx: Tx,
  tenantId: string,
  template: TemplateForCodes,
  pattern: CodePattern,
  count: number,
  now = new Date(),
): Promise<{ id: string; code: string }[]> {
  if (BigInt(count) > pattern.capacity)
    throw patternUsedUp(template.label, `it can produce ${pattern.capacity} distinct codes in all, ${count} asked for`);
  const created: { id: string; code: string }[] = [];
  for (let round = 0; round < RANDOM_ROUNDS && created.length < count; round++) {
    const wanted = count - created.length;
    const candidates = new Set<string>();
    const draws = Math.max(MIN_CANDIDATES, wanted * 2);
    for (let i = 0; i < draws; i++) candidates.add(drawCode(pattern, randomBytes));
    const taken = await takenAmong(tx, tenantId, [...candidates]);
    const free = [...candidates].filter((code) => !taken.has(code)).slice(0, wanted);
    created.push(...(await insertCouponCodes(tx, tenantId, template.id, free, template.maxRedemptions, now)));
  }
  if (created.length < count) {
    const missing = count - created.length;
    if (pattern.capacity > BigInt(EXACT_SEARCH_LIMIT))
      throw patternUsedUp(template.label, `${RANDOM_ROUNDS} rounds of random draws found only ${created.length} of ${count} free codes`);
    const free = await freeCodesOf(tx, tenantId, pattern);
    if (free.length < missing) throw patternUsedUp(template.label, `${free.length} free code(s) left, ${count} asked for`);
    created.push(...(await insertCouponCodes(tx, tenantId, template.id, sample(free, missing), template.maxRedemptions, now)));
    if (created.length < count) throw patternUsedUp(template.label, "other writers took the last free codes meanwhile");
  }
  return created;
}

/** Every code of a small pattern that the tenant does not hold yet. */
async function freeCodesOf(tx: Tx, tenantId: string, pattern: CodePattern): Promise<string[]> {
  const all = Array.from({ length: Number(pattern.capacity) }, (_, rank) => codeAtRank(pattern, BigInt(rank)));
  const taken = await takenAmong(tx, tenantId, all);
  return all.filter((code) => !taken.has(code));
}

/** `count` of `values`, uniformly without replacement (a partial Fisher–Yates shuffle on CSPRNG draws). */
function sample(values: string[], count: number): string[] {
  const pool = [...values];
  for (let i = 0; i < count; i++) {
    const j = i + Number(randomBelow(BigInt(pool.length - i), randomBytes));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}
