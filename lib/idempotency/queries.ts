// Every read and write of the IdempotencyKey table. The primary key (tenant, principal, key) makes the
// insert the atomic claim across app instances; take-over, completion and release are conditional
// single-statement updates, so two instances never both believe they own a key.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

export type IdempotencyScope = { tenantId: string; principal: string; key: string };

export type StoredAnswer = { status: number; headers: Record<string, string>; body: string };

export type ClaimResult =
  | { outcome: "claimed"; claimToken: string }
  | { outcome: "completed"; answer: StoredAnswer }
  | { outcome: "in_progress" }
  | { outcome: "other_request" };

export type ClaimTiming = { now: Date; ttlMs: number; lockMs: number };

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

const whereScope = (scope: IdempotencyScope) => ({
  tenantId_principal_key: { tenantId: scope.tenantId, principal: scope.principal, key: scope.key },
});

/**
 * Claims the key for one execution of the request with `requestHash`, or says why not: the first
 * answer is stored (replay it), another execution is still running, or the key was used for another request.
 * An expired row, or an unfinished claim whose lock has lapsed (its instance died), is taken over.
 */
export async function claimIdempotencyKey(scope: IdempotencyScope, requestHash: string, timing: ClaimTiming): Promise<ClaimResult> {
  const { now, ttlMs, lockMs } = timing;
  const claimToken = randomUUID();
  const claim = {
    requestHash,
    claimToken,
    lockedUntil: new Date(now.getTime() + lockMs),
    expiresAt: new Date(now.getTime() + ttlMs),
    responseStatus: null,
    responseHeaders: null,
    responseBody: null,
  };
  // Three rounds cover a row that disappears (released) or expires between our insert and our read.
  for (let round = 0; round < 3; round++) {
    try {
      await db().idempotencyKey.create({ data: { ...scope, ...claim, createdAt: now } });
      return { outcome: "claimed", claimToken };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const row = await db().idempotencyKey.findUnique({ where: whereScope(scope) });
    if (!row) continue;
    const abandoned = row.responseStatus === null && row.lockedUntil <= now;
    if (row.expiresAt <= now || abandoned) {
      const taken = await db().idempotencyKey.updateMany({
        where: { ...scope, OR: [{ expiresAt: { lte: now } }, { responseStatus: null, lockedUntil: { lte: now } }] },
        data: { ...claim, createdAt: now },
      });
      if (taken.count === 1) return { outcome: "claimed", claimToken };
      continue;
    }
    if (row.requestHash !== requestHash) return { outcome: "other_request" };
    if (row.responseStatus === null) return { outcome: "in_progress" };
    return {
      outcome: "completed",
      answer: {
        status: row.responseStatus,
        headers: JSON.parse(row.responseHeaders ?? "{}") as Record<string, string>,
        body: row.responseBody ?? "",
      },
    };
  }
  return { outcome: "in_progress" };
}

/** Stores the first answer for `ttlMs` from now; a claim that was taken over meanwhile (claimToken changed) is left alone. */
export async function completeIdempotencyKey(
  scope: IdempotencyScope,
  claimToken: string,
  answer: StoredAnswer,
  now: Date,
  ttlMs: number,
): Promise<boolean> {
  const stored = await db().idempotencyKey.updateMany({
    where: { ...scope, claimToken },
    data: {
      responseStatus: answer.status,
      responseHeaders: JSON.stringify(answer.headers),
      responseBody: answer.body,
      expiresAt: new Date(now.getTime() + ttlMs),
    },
  });
  return stored.count === 1;
}

/** Forgets an unfinished claim (the request failed), so the client may retry with the same key. */
export async function releaseIdempotencyKey(scope: IdempotencyScope, claimToken: string): Promise<void> {
  await db().idempotencyKey.deleteMany({ where: { ...scope, claimToken, responseStatus: null } });
}

/** Deletes the tenant's answers whose time (IDEMPOTENCY_TTL_SECONDS) is over, so the table stays the size of one day's keys. */
export async function deleteExpiredIdempotencyKeys(tenantId: string, now: Date): Promise<number> {
  const deleted = await db().idempotencyKey.deleteMany({ where: { tenantId, expiresAt: { lte: now } } });
  return deleted.count;
}
