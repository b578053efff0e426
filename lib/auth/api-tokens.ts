// API tokens: shown once at creation, stored as a SHA-256 hash (they are long random secrets, so a
// slow hash buys nothing), revocable, with a last-used time.
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { TokenRole } from "@/lib/auth/roles";
import type { CreateApiTokenInput } from "@/lib/auth/schemas";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { driver } from "@/lib/db/driver";
import { findActiveToken, isTokenLive } from "@/lib/auth/queries";
import { forgetTokenIdentity, rememberedTokenIdentity, rememberTokenIdentity, TokenLiveness } from "@/lib/auth/token-liveness";

const TOKEN_PREFIX = "cs_";
// lastUsedAt is informational; writing it at most once a minute keeps hot POS tokens off the write path.
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createApiToken(actor: Actor, input: CreateApiTokenInput) {
  const secret = randomBytes(24).toString("base64url");
  const token = `${TOKEN_PREFIX}${secret}`;
  const record = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        tenantId: actor.tenantId,
        name: input.name,
        role: input.role,
        prefix: token.slice(0, 9),
        tokenHash: hashToken(token),
        createdBy: actor.name,
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "api_token",
      objectId: created.id,
      changes: { name: input.name, role: input.role },
    });
    return created;
  });
  return { token, record: toApiTokenView(record) };
}

export async function listApiTokens(tenantId: string) {
  const rows = await db().apiToken.findMany({ where: { tenantId }, orderBy: { createdAt: "desc" } });
  return rows.map(toApiTokenView);
}

export async function revokeApiToken(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const result = await tx.apiToken.updateMany({
      where: { id, tenantId: actor.tenantId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (result.count === 0) {
      const exists = await tx.apiToken.count({ where: { id, tenantId: actor.tenantId } });
      if (!exists) throw AppError.notFound("API token");
      return;
    }
    await recordAuditEvent(tx, actor, { action: "revoke", objectType: "api_token", objectId: id });
  });
}

/** The actor a bearer token stands for, or null when it is unknown or revoked; read now. */
export async function resolveApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  return readToken(hashToken(token), Date.now());
}

/**
 * The actor a bearer token stands for, with its liveness (token-liveness.ts), or null when it is
 * unknown or revoked. With `deferLiveness`, a token this instance read within LAST_USED_RESOLUTION_MS
 * is not read now: its identity is the remembered one and its liveness is left pending for the
 * request's first read. Any other token is read now, as resolveApiToken does.
 */
export async function authenticateApiToken(
  token: string,
  options: { deferLiveness: boolean },
): Promise<{ actor: Actor; liveness: TokenLiveness } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const tokenHash = hashToken(token);
  const now = Date.now();
  const remembered = options.deferLiveness ? rememberedTokenIdentity(tokenHash) : undefined;
  if (remembered?.lastUsedAtMs != null && now - remembered.lastUsedAtMs <= LAST_USED_RESOLUTION_MS) {
    return { actor: remembered.actor, liveness: TokenLiveness.pending(tokenHash, (hash) => isTokenLive(driver(), hash)) };
  }
  const actor = await readToken(tokenHash, now);
  return actor ? { actor, liveness: TokenLiveness.settled() } : null;
}

/** Reads the token's row (never from memory, so a revocation applies to the very next read on every instance). */
async function readToken(tokenHash: string, now: number): Promise<Actor | null> {
  const record = await findActiveToken(driver(), tokenHash);
  if (!record) {
    forgetTokenIdentity(tokenHash);
    return null;
  }
  // The later of the row's time and this instance's own last write, which may not have landed yet.
  let lastUsedAtMs = Math.max(record.lastUsedAt?.getTime() ?? 0, rememberedTokenIdentity(tokenHash)?.lastUsedAtMs ?? 0) || null;
  if (lastUsedAtMs === null || now - lastUsedAtMs > LAST_USED_RESOLUTION_MS) {
    writeLastUsed(record.id, now);
    lastUsedAtMs = now;
  }
  const actor: Actor = { type: "token", id: record.id, name: record.name, tenantId: record.tenantId, role: TokenRole.parse(record.role) };
  rememberTokenIdentity(tokenHash, { actor, lastUsedAtMs });
  return actor;
}

const pendingLastUsedWrites = new Set<Promise<void>>();

/**
 * Writes lastUsedAt in the background: no request waits for it. It is informational, and a write on the
 * request path waits for the database: on SQLite for the process's write turn, which a code import's
 * batch holds for up to a second or two (bench:checkout: every cart of a 20/s stream waited ~2 s, once a
 * minute, while a 1M-code import ran). A failed write is logged and left to the next minute's.
 */
function writeLastUsed(tokenId: string, atMs: number): void {
  const write = db()
    .apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date(atMs) } })
    .then(
      () => undefined,
      (error: unknown) => console.error("[api-tokens] lastUsedAt not written", error),
    )
    .finally(() => pendingLastUsedWrites.delete(write));
  pendingLastUsedWrites.add(write);
}

/** Resolves once every lastUsedAt write started so far has landed (or failed): for tests. */
export async function lastUsedWritesSettled(): Promise<void> {
  await Promise.all([...pendingLastUsedWrites]);
}

type ApiTokenRow = {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function toApiTokenView(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    role: TokenRole.parse(row.role),
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
