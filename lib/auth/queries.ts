// The auth domain's reads on every API call, through the driver (lib/db/driver.ts): a statement there
// costs a fraction of one through Prisma.
import { date, nullable, rowOf, text } from "@/lib/db/decode";
import type { Statements } from "@/lib/db/driver";

const decodeToken = rowOf({ id: text, name: text, tenantId: text, role: text, lastUsedAt: nullable(date) });
export type ActiveTokenRow = ReturnType<typeof decodeToken>;

/** The unrevoked token with this hash (unique index), or null. */
export async function findActiveToken(client: Statements, tokenHash: string): Promise<ActiveTokenRow | null> {
  const rows = await client.all(
    `SELECT "id", "name", "tenantId", "role", "lastUsedAt" FROM "ApiToken" WHERE "tokenHash" = ? AND "revokedAt" IS NULL`,
    [tokenHash],
    { prepared: true },
  );
  return rows[0] ? decodeToken(rows[0]) : null;
}

/** Whether the token with this hash is live (unrevoked); the read of a pending liveness check (token-liveness.ts). */
export async function isTokenLive(client: Statements, tokenHash: string): Promise<boolean> {
  return (await findActiveToken(client, tokenHash)) !== null;
}

/**
 * A select-list column, `"tokenActive"`, saying whether the token whose hash is bound at its one `?` is
 * live in the tenant `tenantIdColumn` names: how a read carries a pending liveness check (token-liveness.ts).
 */
export const tokenActiveColumn = (tenantIdColumn: string) =>
  `EXISTS (SELECT 1 FROM "ApiToken" k WHERE k."tokenHash" = ? AND k."tenantId" = ${tenantIdColumn} AND k."revokedAt" IS NULL) AS "tokenActive"`;
