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
import { findActiveToken } from "@/lib/auth/queries";

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

/** The actor a bearer token stands for, or null when it is unknown or revoked. */
export async function resolveApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  // Never cached, so a revocation applies to the very next request on every instance.
  const record = await findActiveToken(driver(), hashToken(token));
  if (!record) return null;
  const now = Date.now();
  if (!record.lastUsedAt || now - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { type: "token", id: record.id, name: record.name, tenantId: record.tenantId, role: TokenRole.parse(record.role) };
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
