// The audit log as the console and API read it: newest first, filtered, one page at a time.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { PageQuery, skipTake, type Page } from "@/lib/http/pagination";
import { identifier } from "@/lib/validation/text";

export const AuditQuery = PageQuery.extend({
  objectType: identifier("objectType").max(50).optional(),
  objectId: identifier("objectId").max(200).optional(),
  actor: identifier("actor").max(200).optional(),
  action: identifier("action").max(50).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export type AuditEventView = {
  id: string;
  createdAt: string;
  actorType: string;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  changes: unknown;
  requestId: string | null;
};

export async function listAuditEvents(tenantId: string, query: AuditQuery): Promise<Page<AuditEventView>> {
  const where = {
    tenantId,
    ...(query.objectType ? { objectType: query.objectType } : {}),
    ...(query.objectId ? { objectId: query.objectId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.actor ? { actorName: { contains: query.actor } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...skipTake(query) }),
    db().auditEvent.count({ where }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      actorType: r.actorType,
      actorName: r.actorName,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      changes: r.changes,
      requestId: r.requestId,
    })),
  };
}
